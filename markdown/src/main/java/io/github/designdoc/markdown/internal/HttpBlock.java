package io.github.designdoc.markdown.internal;

import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The template's HTTP contract block and its exact inverse:
 *
 * <pre>
 * METHOD /api/endpoint
 * Headers:
 *   Authorization: Bearer &lt;token&gt;
 * Body:
 *   field: type
 *
 * Response:
 *   200 OK -&gt; { response_schema }
 * </pre>
 *
 * <p>The reader also takes the block with no blank line before {@code Response:}.
 *
 * <p>A blank, tab or {@code %} in the method or a status, and a colon or {@code %} in a header name, are
 * percent-encoded so that every contract has exactly one block.
 */
public final class HttpBlock {
  private HttpBlock() {}

  /** The block's text for a contract (title and description are not part of it). */
  public static String render(HttpContract contract) {
    StringBuilder out = new StringBuilder();
    out.append(encode(contract.method(), " \t%")).append(' ').append(contract.path());
    if (!contract.headers().isEmpty()) {
      out.append("\nHeaders:");
      for (HttpHeader header : contract.headers()) {
        out.append("\n  ").append(encode(header.name(), ":%")).append(':');
        if (!header.value().isEmpty()) {
          out.append(' ').append(header.value());
        }
      }
    }
    contract.body().ifPresent(body -> {
      out.append("\nBody:");
      for (String line : body.split("\n", -1)) {
        out.append('\n').append(line.isEmpty() ? "" : "  " + line);
      }
    });
    if (!contract.responses().isEmpty()) {
      out.append("\n\nResponse:");
      for (HttpResponse response : contract.responses()) {
        out.append("\n  ").append(encode(response.status(), " \t%"));
        if (!response.description().isEmpty()) {
          out.append(' ').append(response.description());
        }
      }
    }
    return out.toString();
  }

  /**
   * The contract this block states, when the block is exactly its canonical rendering; empty for any
   * other text, which is then kept as a code block.
   */
  public static Optional<HttpContract> parse(String block) {
    try {
      Optional<HttpContract> contract = parseLoosely(block);
      // the canonical rendering, or the same with no blank line before "Response:" (as many authors write it)
      return contract.filter(c -> render(c).equals(block) || render(c).equals(block.replace("\nResponse:\n",
          "\n\nResponse:\n")) && !block.contains("\n\nResponse:\n"));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a part the model rejects, such as a blank header name
    }
  }

  private static Optional<HttpContract> parseLoosely(String block) {
    String[] lines = block.split("\n", -1);
    int space = lines[0].indexOf(' ');
    if (space <= 0 || space == lines[0].length() - 1) {
      return Optional.empty();
    }
    HttpContract.Builder contract = HttpContract.builder()
        .method(decode(lines[0].substring(0, space))).path(lines[0].substring(space + 1));
    int i = 1;
    if (i < lines.length && lines[i].equals("Headers:")) {
      i++;
      while (i < lines.length && lines[i].startsWith("  ")) {
        String line = lines[i++].substring(2);
        int colon = line.indexOf(':');
        if (colon <= 0) {
          return Optional.empty();
        }
        contract.header(decode(line.substring(0, colon)), line.substring(colon + 1));
      }
    }
    if (i < lines.length && lines[i].equals("Body:")) {
      i++;
      List<String> body = new ArrayList<>();
      while (i < lines.length && (lines[i].isEmpty() || lines[i].startsWith("  "))) {
        body.add(lines[i].isEmpty() ? "" : lines[i].substring(2));
        i++;
      }
      while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
        body.remove(body.size() - 1);
        i--;
      }
      contract.body(String.join("\n", body));
    }
    boolean bare = i < lines.length && lines[i].equals("Response:"); // no blank line before it
    boolean spaced = i + 1 < lines.length && lines[i].isEmpty() && lines[i + 1].equals("Response:");
    if (bare || spaced) {
      i += spaced ? 2 : 1;
      while (i < lines.length && lines[i].startsWith("  ")) {
        String line = lines[i++].substring(2);
        int sp = line.indexOf(' ');
        String status = sp < 0 ? line : line.substring(0, sp);
        contract.response(decode(status), sp < 0 ? "" : line.substring(sp + 1));
      }
    }
    return i == lines.length ? Optional.of(contract.build()) : Optional.empty();
  }

  private static String encode(String text, String specials) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (specials.indexOf(c) >= 0) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
  }
}
