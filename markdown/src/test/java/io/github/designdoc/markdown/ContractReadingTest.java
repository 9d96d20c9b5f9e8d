package io.github.designdoc.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.designdoc.CodeContract;
import io.github.designdoc.DesignDoc;
import io.github.designdoc.HttpContract;
import io.github.designdoc.HttpHeader;
import io.github.designdoc.HttpResponse;
import io.github.designdoc.Operation;
import io.github.designdoc.ReadResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The typed view of API contracts in the forms real documents write them: several endpoints in one
 * block, absolute URLs, placeholders, {@code Response} lines, WebSocket routes, gRPC services, calls, CLI
 * commands, endpoints in prose and tables; and what is not a contract. The text always reads back
 * verbatim.
 */
class ContractReadingTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final MarkdownWriter WRITER = MarkdownWriter.create();

  private static DesignDoc read(String apiSection) {
    String markdown = "# T\n\n## API Contracts\n\n" + apiSection;
    ReadResult read = READER.read(markdown);
    assertEquals(markdown, WRITER.rewrite(markdown, read, read.document()), "rewrite keeps the bytes");
    assertEquals(read.document(), READER.read(WRITER.write(read.document())).document(), "write then read");
    return read.document();
  }

  private static List<String> endpoints(DesignDoc doc) {
    return doc.endpoints().stream().map(e -> e.method() + " " + e.path()).collect(Collectors.toList());
  }

  private static List<String> operations(DesignDoc doc) {
    return doc.operations().stream().map(o -> o.kind() + " " + o.name()).collect(Collectors.toList());
  }

  @Test
  void severalEndpointsInOneBlockEachWithWhatItStates() {
    DesignDoc doc = read("### Things\n\n```\nGET /v1/things/{id}\nResponse:\n  200 OK -> { thing }\n\n"
        + "POST https://api.example.com/v1/things?dry_run=true\nHeaders:\n  Content-Type: application/json\n"
        + "Body:\n  {\n    \"name\": \"x\"\n  }\nResponse (created):\n  201 Created\n  4xx/5xx -> error cases\n\n"
        + "DELETE /v1/users/:id/keys/:key\n```\n");
    CodeContract code = (CodeContract) doc.apiContracts().get(0);
    assertTrue(code.code().content().startsWith("GET /v1/things/{id}\nResponse:\n  200 OK"), "kept verbatim");
    assertEquals(List.of("GET /v1/things/{id}", "POST https://api.example.com/v1/things?dry_run=true",
        "DELETE /v1/users/:id/keys/:key"), endpoints(doc));
    HttpContract get = code.endpoints().get(0);
    assertEquals(List.of(HttpResponse.of("200", "OK -> { thing }")), get.responses());
    HttpContract post = code.endpoints().get(1);
    assertEquals(List.of(HttpHeader.of("Content-Type", "application/json")), post.headers());
    assertEquals(Optional.of("{\n  \"name\": \"x\"\n}"), post.body());
    assertEquals(List.of(HttpResponse.of("201", "Created"), HttpResponse.of("4xx/5xx", "-> error cases")),
        post.responses());
    assertEquals(List.of(), code.endpoints().get(2).responses());
  }

  @Test
  void aStatusOnTheResponseLineAndIndentedEndpointLines() {
    DesignDoc doc = read("```http\n  GET /api/system/info\n  Headers:\n    Accept: application/json\n\n"
        + "  Response 200:\n  { \"ok\": true }\n```\n");
    HttpContract info = doc.endpoints().get(0);
    assertEquals("GET /api/system/info", info.method() + " " + info.path());
    assertEquals(List.of(HttpHeader.of("Accept", "application/json")), info.headers());
    assertEquals(List.of(HttpResponse.of("200", "")), info.responses());
  }

  @Test
  void anIndentedCodeBlockAndAnEndpointTitle() {
    DesignDoc doc = read("Routes:\n\n    GET /health\n    GET /ready\n\n### `POST /v1/jobs`\n\n```json\n"
        + "{ \"job\": \"x\" }\n```\n");
    assertEquals(List.of("GET /health", "GET /ready", "POST /v1/jobs"), endpoints(doc));
  }

  @Test
  void endpointsInProseAndInTables() {
    DesignDoc doc = read("The service adds `POST` `/v1/things` and `GET /v1/things/{id}`.\n\n"
        + "| Method | Path | Description |\n|---|---|---|\n| `PUT` | `/v1/things/{id}` | Replace |\n"
        + "| **PATCH** | /v1/things/{id} | Update |\n| n/a | /none | not an endpoint |\n\n"
        + "| Endpoint | Purpose |\n|---|---|\n| `DELETE /v1/things/{id}` | Remove |\n");
    assertEquals(List.of("POST /v1/things", "GET /v1/things/{id}", "PUT /v1/things/{id}", "PATCH /v1/things/{id}",
        "DELETE /v1/things/{id}"), endpoints(doc));
  }

  @Test
  void webSocketRoutesAndTheirMessageTypes() {
    DesignDoc doc = read("### Live updates\n\n```\nWS /v1/live\n\nclient -> server: {\"type\": \"subscribe\", \"topic\": \"t\"}\n"
        + "server -> client: {\"type\": \"event\", \"data\": {}}\n```\n");
    assertEquals(List.of("WS /v1/live"), endpoints(doc));
    assertEquals(List.of("MESSAGE subscribe", "MESSAGE event"), operations(doc));
  }

  @Test
  void webSocketMessagesIdentifiedByTheirType() {
    DesignDoc doc = read("### WebSocket messages\n\n```json\n{\"type\": \"ping\"}\n{\"type\": \"pong\", \"at\": 1}\n```\n\n"
        + "### Stored record\n\n```json\n{\"type\": \"record\"}\n```\n");
    assertEquals(List.of("MESSAGE ping", "MESSAGE pong"), operations(doc));
  }

  @Test
  void eachRpcOfAProtoServiceIsANamedContract() {
    DesignDoc doc = read("```protobuf\nservice Sessions {\n  rpc UserLogin(UserLoginRequest) returns (UserLoginResponse);\n"
        + "  rpc Watch(WatchRequest) returns (stream Event) {}\n}\n```\n");
    List<Operation> rpcs = doc.operations();
    assertEquals(List.of("RPC UserLogin", "RPC Watch"), operations(doc));
    assertEquals(Optional.of("UserLoginRequest"), rpcs.get(0).request());
    assertEquals(Optional.of("stream Event"), rpcs.get(1).response());
    assertEquals(List.of(), doc.endpoints(), "a proto block states no HTTP endpoint");
  }

  @Test
  void rpcNamesListedInProseAfterAGrpcLabel() {
    DesignDoc doc = read("Notes.\n\n```json\n{}\n```\n\n- Operator gRPC extensions: `ListThings`, `GetThing` "
        + "(streaming `ThingUpdate` events)\n");
    assertEquals(List.of("RPC ListThings", "RPC GetThing"), operations(doc));
  }

  @Test
  void callSignatures() {
    DesignDoc doc = read("### Internal call\n\n```\ndispatch_event(subscription_id, payload) -> run_id\n\nBehavior:\n"
        + "  - validate the subscription\n```\n");
    Operation call = doc.operations().get(0);
    assertEquals(Operation.Kind.CALL, call.kind());
    assertEquals("dispatch_event", call.name());
    assertEquals(Optional.of("subscription_id, payload"), call.request());
    assertEquals(Optional.of("run_id"), call.response());
  }

  @Test
  void cliCommandsListedAsTheContract() {
    DesignDoc doc = read("### CLI contracts\n\nCanonical command surface:\n\n```text\ntool plugin list\n"
        + "tool plugin install <ref>\ntool plugin update --all\n```\n\nMore text.\n\nOptional commands:\n\n"
        + "```\n$ tool plugin init <name>\n```\n\n**Infrastructure commands:**\n"
        + "- `tool create infra` / `tool destroy infra` for the network\n\n| Command | Description |\n|---|---|\n"
        + "| `tool plugin search [query]` | Search |\n");
    assertEquals(List.of("COMMAND tool plugin list", "COMMAND tool plugin install", "COMMAND tool plugin update",
        "COMMAND tool plugin init", "COMMAND tool create infra", "COMMAND tool destroy infra",
        "COMMAND tool plugin search"), operations(doc));
    assertEquals(Optional.of("<ref>"), doc.operations().get(1).request());
  }

  @Test
  void whatIsNotAContract() {
    DesignDoc doc = read("Calls `https://api.example.com/v1/things` and /v1/other in prose.\n\n"
        + "### Tool call example\n\n```json\n{\"tool\": \"fetch\", \"result\": \"HTTP/1.1 200 OK\", "
        + "\"line\": \"GET /v1/x\"}\n```\n\n### Example CLI command\n\n```bash\ntool restore create --from x\n```\n\n"
        + "### Setup commands\n\n```bash\ncd repo\nmake build\n```\n\n### Usage\n\nThe creating command would be like the below:\n\n"
        + "```bash\nkubectl create cm <name> -n ns\n```\n\n### Response\n\n```\n200 OK\nGet /lowercase/method\n```\n");
    assertEquals(List.of(), endpoints(doc));
    assertEquals(List.of(), operations(doc));
  }

  @Test
  void aCanonicalBlockStaysAnHttpContractAndEveryEndpointIsListedOnce() {
    DesignDoc doc = read("```\nGET /x\n\nResponse:\n  200 OK\n```\n");
    assertTrue(doc.apiContracts().get(0) instanceof HttpContract);
    assertEquals(List.of("GET /x"), endpoints(doc));
  }
}
