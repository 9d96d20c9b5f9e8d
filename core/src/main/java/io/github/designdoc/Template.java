package io.github.designdoc;

import java.util.List;

/** The design document template's content as a model. */
final class Template {
  private Template() {}

  static final DesignDoc DOC = DesignDoc.builder()
      .title("<Feature Name>")
      .version("0.1")
      .author("<author>")
      .date("<date>")
      .status("Draft | In Review | Approved")
      .overview("A brief (2-3 paragraph) description of what this feature/system does, why it's being built, "
          + "and the key goals it aims to achieve.")
      .section(Components.builder().intro("List the major components involved in this feature, "
          + "with clear ownership boundaries. For each component, briefly describe its responsibility.").build())
      .component(c -> c.name("Component A").owner("Technology/Team")
          .detail("Responsibility description").detail("Key interfaces or dependencies"))
      .component(c -> c.name("Component B").owner("Technology/Team")
          .detail("Responsibility description").detail("Key interfaces or dependencies"))
      .section(RequestFlows.builder().intro("Describe the main user/system flows with numbered "
          + "steps. Include multiple flows if there are distinct paths (e.g., authenticated vs. public access).")
          .build())
      .requestFlow(f -> f.name("<Flow Name>")
          .step("User/system initiates action")
          .step("Component A processes request")
          .step("Component B responds")
          .step("Result returned to user"))
      .requestFlow(f -> f.name("<Flow Name>").step("..."))
      .section(ApiContracts.builder().intro(
          "Document the key API endpoints, WebSocket messages, or inter-service contracts.").build())
      .httpContract(h -> h.method("METHOD").path("/api/endpoint")
          .header("Authorization", "Bearer <token>")
          .body("field: type")
          .response("200", "OK -> { response_schema }")
          .response("4xx/5xx", "-> error cases"))
      .section(DataModels.builder().intro(
          "Define key data structures, database schema changes, or message formats.").build())
      .dataModel(m -> m.field("id", "string", "Unique identifier").field("...", "...", "..."))
      .dataModel(m -> m.description("Or use JSON/code blocks for complex schemas:")
          .schema("json", "{\n  \"field\": \"type\",\n  \"nested\": {\n    \"child\": \"type\"\n  }\n}"))
      .section(SecurityConsiderations.of(List.of(
          "Authentication/authorization requirements",
          "Data privacy and redaction needs",
          "Input validation and sanitization",
          "CORS, rate limiting, abuse prevention",
          "Secrets management")))
      .section(PerformanceConsiderations.of(List.of(
          "Expected load/throughput",
          "Caching strategy",
          "Pagination or lazy loading needs",
          "Resource constraints")))
      .testingEntry("Unit tests", "Key logic to cover")
      .testingEntry("Integration tests", "API and service interaction tests")
      .testingEntry("Manual QA checklist", "Critical user flows to verify")
      .section(RolloutPlan.builder()
          .addItem("Phase 1: Internal/flag-gated deployment")
          .addItem("Phase 2: Limited rollout with monitoring")
          .addItem("Phase 3: General availability")
          .notes("Include feature flags, migration steps, or backwards compatibility notes.")
          .build())
      .openIssue("Unresolved question or decision")
      .openIssue("Dependency on external team/service")
      .openIssue("Future work explicitly deferred")
      .revision("", "", "Initial draft")
      .build();
}
