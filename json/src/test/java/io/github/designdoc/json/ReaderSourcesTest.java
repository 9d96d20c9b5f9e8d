package io.github.designdoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.DesignDocFormatException;
import io.github.designdoc.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the reader reads from: strings, character and byte streams, files; failures and sharing. */
class ReaderSourcesTest {
  private static final JsonReader READER = JsonReader.create();
  private static final String JSON = JsonWriter.create().write(DesignDoc.template());

  @Test
  void readsEverySourceAndLeavesStreamsOpen() throws IOException {
    assertEquals(DesignDoc.template(), READER.read(JSON));

    boolean[] closed = {false, false};
    Reader text = new StringReader(JSON) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertEquals(DesignDoc.template(), READER.read(text));
    InputStream bytes = new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    assertEquals(DesignDoc.template(), READER.read(bytes));
    assertFalse(closed[0] || closed[1], "the caller closes what it opened");
  }

  @Test
  void readsUtf16Bytes() throws IOException {
    assertEquals(DesignDoc.template(), READER.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_16))));
  }

  @Test
  void readFailuresStayIOExceptions(@TempDir Path dir) {
    IOException broken = new IOException("connection reset");
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw broken;
      }

      @Override
      public void close() {}
    };
    assertSame(broken, assertThrows(IOException.class, () -> READER.read(failing)));
    InputStream failingBytes = new InputStream() {
      @Override
      public int read() throws IOException {
        throw broken;
      }
    };
    assertSame(broken, assertThrows(IOException.class, () -> READER.read(failingBytes)));
    assertThrows(NoSuchFileException.class, () -> READER.read(dir.resolve("missing.json")));
  }

  @Test
  void invalidUtf8IsAFormatError() {
    byte[] bytes = "{\"formatVersion\": \"1.0\", \"title\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3; // a lead byte followed by '"'
    DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
        () -> READER.read(new ByteArrayInputStream(bytes)));
    Diagnostic first = e.diagnostics().get(0);
    assertEquals("json-syntax", first.code(), first::toString);
    assertEquals("/title", first.location().pointer().orElseThrow());
  }

  @Test
  void bytesThatDoNotDecodeAreAFormatErrorNotAnIOException() {
    byte[][] inputs = {
        {0, 0, 'r', 0},             // UCS-4 in a byte order Jackson does not read
        {0, 0, 0, 'r', 0},          // UTF-32 that ends inside a character
        {0, 0, 0, '{', 0, 0, 0, '"', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, // no such code point
    };
    for (byte[] bytes : inputs) {
      DesignDocFormatException e = assertThrows(DesignDocFormatException.class,
          () -> READER.read(new ByteArrayInputStream(bytes)), () -> java.util.Arrays.toString(bytes));
      Diagnostic first = e.diagnostics().get(0);
      assertEquals("json-syntax", first.code(), first::toString);
      assertTrue(first.location().hasLine() && first.location().pointer().isPresent(), first::toString);
      assertThrows(DesignDocFormatException.class, () -> READER.readResult(new ByteArrayInputStream(bytes)));
    }
  }

  @Test
  void oneReaderServesManyThreads() throws Exception {
    List<DesignDoc> docs = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      int n = i;
      docs.add(DesignDoc.template().toBuilder().title("Doc " + n).openIssue("Issue " + n).build());
    }
    JsonWriter writer = JsonWriter.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DesignDoc>> results = new ArrayList<>();
      for (DesignDoc doc : docs) {
        results.add(pool.submit(() -> READER.read(writer.write(doc))));
      }
      for (int i = 0; i < docs.size(); i++) {
        assertEquals(docs.get(i), results.get(i).get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsNullArguments() {
    assertEquals("json must not be null",
        assertThrows(NullPointerException.class, () -> READER.read((String) null)).getMessage());
    assertEquals("in must not be null",
        assertThrows(NullPointerException.class, () -> READER.read((Reader) null)).getMessage());
    assertEquals("file must not be null",
        assertThrows(NullPointerException.class, () -> READER.read((Path) null)).getMessage());
  }
}
