package io.github.designdoc;

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
      .sectionText(SectionKind.COMPONENTS, t -> t.intro("List the major components involved in this feature, "
          + "with clear ownership boundaries. For each component, briefly describe its responsibility."))
      .component(c -> c.name("Component A").owner("Technology/Team")
          .detail("Responsibility description").detail("Key interfaces or dependencies"))
      .component(c -> c.name("Component B").owner("Technology/Team")
          .detail("Responsibility description").detail("Key interfaces or dependencies"))
      .sectionText(SectionKind.REQUEST_FLOWS, t -> t.intro("Describe the main user/system flows with numbered "
          + "steps. Include multiple flows if there are distinct paths (e.g., authenticated vs. public access)."))
      .flow(f -> f.name("<Flow Name>")
          .step("User/system initiates action")
          .step("Component A processes request")
          .step("Component B responds")
          .step("Result returned to user"))
      .flow(f -> f.name("<Flow Name>").step("..."))
      .sectionText(SectionKind.API_CONTRACTS, t -> t.intro(
          "Document the key API endpoints, WebSocket messages, or inter-service contracts."))
      .httpContract(h -> h.method("METHOD").path("/api/endpoint")
          .header("Authorization", "Bearer <token>")
          .body("field: type")
          .response("200", "OK -> { response_schema }")
          .response("4xx/5xx", "-> error cases"))
      .sectionText(SectionKind.DATA_MODELS, t -> t.intro(
          "Define key data structures, database schema changes, or message formats."))
      .dataModel(m -> m.field("id", "string", "Unique identifier").field("...", "...", "..."))
      .dataModel(m -> m.description("Or use JSON/code blocks for complex schemas:")
          .schema("json", "{\n  \"field\": \"type\",\n  \"nested\": {\n    \"child\": \"type\"\n  }\n}"))
      .security("Authentication/authorization requirements")
      .security("Data privacy and redaction needs")
      .security("Input validation and sanitization")
      .security("CORS, rate limiting, abuse prevention")
      .security("Secrets management")
      .performance("Expected load/throughput")
      .performance("Caching strategy")
      .performance("Pagination or lazy loading needs")
      .performance("Resource constraints")
      .testing("Unit tests", "Key logic to cover")
      .testing("Integration tests", "API and service interaction tests")
      .testing("Manual QA checklist", "Critical user flows to verify")
      .phase("Phase 1: Internal/flag-gated deployment")
      .phase("Phase 2: Limited rollout with monitoring")
      .phase("Phase 3: General availability")
      .sectionText(SectionKind.ROLLOUT_PLAN, t -> t.notes(
          "Include feature flags, migration steps, or backwards compatibility notes."))
      .openIssue("Unresolved question or decision")
      .openIssue("Dependency on external team/service")
      .openIssue("Future work explicitly deferred")
      .revision("", "", "Initial draft")
      .build();
}
