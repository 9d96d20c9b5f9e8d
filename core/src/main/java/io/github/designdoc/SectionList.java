package io.github.designdoc;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a {@link DesignDoc.Builder}: sections given whole, and sections to which the
 * builder's verbs add items. A verb adds to the first section of its kind, or creates one before the
 * first section that comes later in the template's order (at the end when there is none).
 */
final class SectionList {
  /** A {@link Section}, or a {@link Pending} section that verbs add items to. */
  private final List<Object> entries = new ArrayList<>();

  /** An item section and the items added to it since. */
  private static final class Pending {
    final ItemSection<?> base;
    final List<Object> added = new ArrayList<>();

    Pending(ItemSection<?> base) {
      this.base = base;
    }
  }

  void clear() {
    entries.clear();
  }

  void add(Section section) {
    entries.add(section);
  }

  void setOverview(String text) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof Overview overview) {
        entries.set(i, overview.toBuilder().text(text).build());
        return;
      }
    }
    entries.add(templatePosition(SectionKind.OVERVIEW), Overview.of(text));
  }

  void addItem(SectionKind kind, Object item) {
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.get(i);
      if (entry instanceof Pending pending && pending.base.kind() == kind) {
        pending.added.add(item);
        return;
      }
      if (entry instanceof ItemSection<?> section && section.kind() == kind) {
        Pending pending = new Pending(section);
        pending.added.add(item);
        entries.set(i, pending);
        return;
      }
    }
    Pending pending = new Pending(empty(kind));
    pending.added.add(item);
    entries.add(templatePosition(kind), pending);
  }

  List<Section> build() {
    List<Section> out = new ArrayList<>(entries.size());
    for (Object entry : entries) {
      out.add(entry instanceof Pending pending ? append(pending.base, pending.added) : (Section) entry);
    }
    return out;
  }

  private int templatePosition(SectionKind kind) {
    for (int i = 0; i < entries.size(); i++) {
      SectionKind other = kindOf(entries.get(i));
      if (other.isTemplatePart() && other.ordinal() > kind.ordinal()) {
        return i;
      }
    }
    return entries.size();
  }

  private static SectionKind kindOf(Object entry) {
    return entry instanceof Pending pending ? pending.base.kind() : ((Section) entry).kind();
  }

  private static ItemSection<?> empty(SectionKind kind) {
    switch (kind) {
      case COMPONENTS:
        return Components.builder().build();
      case REQUEST_FLOWS:
        return RequestFlows.builder().build();
      case API_CONTRACTS:
        return ApiContracts.builder().build();
      case DATA_MODELS:
        return DataModels.builder().build();
      case SECURITY_CONSIDERATIONS:
        return SecurityConsiderations.builder().build();
      case PERFORMANCE_CONSIDERATIONS:
        return PerformanceConsiderations.builder().build();
      case TESTING_STRATEGY:
        return TestingStrategy.builder().build();
      case ROLLOUT_PLAN:
        return RolloutPlan.builder().build();
      case OPEN_ISSUES:
        return OpenIssues.builder().build();
      case REVISION_HISTORY:
        return RevisionHistory.builder().build();
      default:
        throw new IllegalArgumentException(kind + " sections have no items");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<Object> items) {
    return (List<T>) items;
  }

  private static Section append(ItemSection<?> base, List<Object> added) {
    if (base instanceof Components s) {
      return s.toBuilder().addAllItems(SectionList.<Component>cast(added)).build();
    } else if (base instanceof RequestFlows s) {
      return s.toBuilder().addAllItems(SectionList.<RequestFlow>cast(added)).build();
    } else if (base instanceof ApiContracts s) {
      return s.toBuilder().addAllItems(SectionList.<ApiContract>cast(added)).build();
    } else if (base instanceof DataModels s) {
      return s.toBuilder().addAllItems(SectionList.<DataModel>cast(added)).build();
    } else if (base instanceof SecurityConsiderations s) {
      return s.toBuilder().addAllItems(SectionList.<String>cast(added)).build();
    } else if (base instanceof PerformanceConsiderations s) {
      return s.toBuilder().addAllItems(SectionList.<String>cast(added)).build();
    } else if (base instanceof TestingStrategy s) {
      return s.toBuilder().addAllItems(SectionList.<TestingEntry>cast(added)).build();
    } else if (base instanceof RolloutPlan s) {
      return s.toBuilder().addAllItems(SectionList.<String>cast(added)).build();
    } else if (base instanceof OpenIssues s) {
      return s.toBuilder().addAllItems(SectionList.<OpenIssue>cast(added)).build();
    } else {
      return ((RevisionHistory) base).toBuilder().addAllItems(SectionList.<Revision>cast(added)).build();
    }
  }
}
