package io.github.designdoc.examples;

import io.github.designdoc.DesignDoc;
import io.github.designdoc.Status;
import io.github.designdoc.json.JsonWriter;
import io.github.designdoc.markdown.MarkdownWriter;
import java.time.LocalDate;

/** Builds a design document with the fluent builder and prints it as Markdown, then as JSON. */
public final class BuildDoc {
  private BuildDoc() {}

  /** Builds the example document. */
  static DesignDoc build() {
    return DesignDoc.builder()
        .title("Session Login")
        .version("0.1")
        .author("Ada Lovelace")
        .date(LocalDate.of(2026, 3, 1))
        .status(Status.DRAFT)
        .overview("Adds password login to the web console.")
        // Nested parts are built inline: no generated class is named.
        .component(c -> c.name("Auth Service").owner("Go/Identity")
            .detail("Issues session cookies")
            .detail("Depends on the user store"))
        .requestFlow(f -> f.name("Login")
            .step("User submits the login form")
            .step("Auth Service checks the password and sets a cookie"))
        .httpContract(h -> h.method("POST").path("/api/login")
            .header("Content-Type", "application/json")
            .response("200", "OK -> { session }")
            .response("401", "Unauthorized"))
        .securityConsideration("Passwords are hashed with Argon2")
        .testingEntry("Unit tests", "Password hashing and cookie flags")
        .openIssue("Rate limit per IP or per account?")
        .revision("2026-03-01", "Ada Lovelace", "Initial draft")
        .build();
  }

  /** Prints the document as Markdown, a separator line, and as JSON. */
  public static void main(String[] args) {
    DesignDoc doc = build();
    System.out.println(MarkdownWriter.create().write(doc));
    System.out.println("----- JSON -----");
    System.out.println(JsonWriter.create().write(doc));
  }
}
