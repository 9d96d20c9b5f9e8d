package io.github.designdoc;

import io.github.designdoc.internal.ContractText;
import io.github.designdoc.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The API endpoints, messages and inter-service contracts: the template's {@code ## API Contracts}.
 */
@Value.Immutable
public abstract non-sealed class ApiContracts implements ItemSection<ApiContract> {
  ApiContracts() {}

  @Override
  public final SectionKind kind() {
    return SectionKind.API_CONTRACTS;
  }

  @Override
  public abstract Optional<String> heading();

  @Override
  public abstract Optional<String> intro();

  /** The contracts, in order: {@link HttpContract}s and contracts kept as code ({@link CodeContract}). */
  @Override
  public abstract List<ApiContract> items();

  @Override
  public abstract Optional<String> notes();

  /**
   * Every endpoint the section states, in order: each {@link HttpContract}; the
   * {@link CodeContract#endpoints() endpoints} of each code contract; and those its Markdown (intro,
   * contract descriptions, notes) states in code spans such as {@code `POST /v1/things`} or
   * {@code `POST` `/v1/things`}, in a table with a {@code Method} and a {@code Path} (or
   * {@code Endpoint}) column, or in a code block kept in the notes. Those from code spans and tables have
   * only a method and a path.
   */
  @Value.Lazy
  public List<HttpContract> endpoints() {
    List<HttpContract> endpoints = new ArrayList<>();
    stated(endpoints, new ArrayList<>());
    return List.copyOf(endpoints);
  }

  /**
   * Every named operation the section states, in order: the {@link CodeContract#operations()
   * operations} of its code contracts and of the code blocks its Markdown (intro, descriptions, notes)
   * keeps.
   */
  @Value.Lazy
  public List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    stated(new ArrayList<>(), operations);
    return List.copyOf(operations);
  }

  private void stated(List<HttpContract> endpoints, List<Operation> operations) {
    intro().map(ContractText::scan).ifPresent(s -> add(s, endpoints, operations));
    for (ApiContract contract : items()) {
      contract.description().map(ContractText::scan).ifPresent(s -> add(s, endpoints, operations));
      if (contract instanceof HttpContract http) {
        endpoints.add(http);
      } else {
        endpoints.addAll(((CodeContract) contract).endpoints());
        operations.addAll(((CodeContract) contract).operations());
      }
    }
    notes().map(ContractText::scan).ifPresent(s -> add(s, endpoints, operations));
  }

  private static void add(ContractText.Stated stated, List<HttpContract> endpoints, List<Operation> operations) {
    endpoints.addAll(stated.endpoints());
    operations.addAll(stated.operations());
  }

  /** A section of these items under the template's heading. */
  public static ApiContracts of(List<ApiContract> items) {
    return builder().items(items).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialized with this section. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  ApiContracts normalize() {
    Optional<String> heading = Text.heading(kind().title(), heading());
    Optional<String> intro = Text.optionalMarkdown("intro of api contracts", intro());
    Optional<String> notes = Text.optionalMarkdown("notes of api contracts", notes());
    if (heading.equals(heading()) && intro.equals(intro()) && notes.equals(notes())) {
      return this;
    }
    return builder().from(this).heading(heading).intro(intro).notes(notes).build();
  }

  /** Builds a {@link ApiContracts} section. */
  public static final class Builder extends ImmutableApiContracts.Builder {
    Builder() {}
  }
}
