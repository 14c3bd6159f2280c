package io.summitgraph.platform.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SmallRye sees nothing selected; the field's own selection set stays one call away. */
class ContextEnvironmentTest {

  private final DataFetchingFieldSelectionSet totalCountSelected = selecting("totalCount");
  private final DataFetchingEnvironment field =
      DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
          .selectionSet(totalCountSelected)
          .arguments(Map.of("first", 5))
          .build();

  @Test
  void smallRyeIsGivenAnEmptySelectionAndTheFieldsArguments() {
    DataFetchingEnvironment context = ContextEnvironment.of(field);

    assertThat(context.getSelectionSet().getFields()).isEmpty();
    assertThat(context.getSelectionSet().contains("totalCount")).isFalse();
    assertThat((Integer) context.getArgument("first")).isEqualTo(5);
  }

  @Test
  void theFieldsOwnSelectionIsReadThroughIt() {
    assertThat(ContextEnvironment.selectionSet(ContextEnvironment.of(field)))
        .isSameAs(totalCountSelected);
    assertThat(ContextEnvironment.selectionSet(field)).isSameAs(totalCountSelected);
  }

  @Test
  void anEnvironmentIsWrappedOnce() {
    DataFetchingEnvironment context = ContextEnvironment.of(field);

    assertThat(ContextEnvironment.of(context)).isSameAs(context);
  }

  private static DataFetchingFieldSelectionSet selecting(String name) {
    return new DataFetchingFieldSelectionSet() {
      @Override
      public boolean contains(String glob) {
        return glob.equals(name);
      }

      @Override
      public boolean containsAnyOf(String glob, String... globs) {
        return contains(glob) || List.of(globs).contains(name);
      }

      @Override
      public boolean containsAllOf(String glob, String... globs) {
        return contains(glob) && List.of(globs).stream().allMatch(this::contains);
      }

      @Override
      public List<SelectedField> getFields() {
        throw new UnsupportedOperationException("not needed here");
      }

      @Override
      public List<SelectedField> getImmediateFields() {
        throw new UnsupportedOperationException("not needed here");
      }

      @Override
      public List<SelectedField> getFields(String glob, String... globs) {
        throw new UnsupportedOperationException("not needed here");
      }

      @Override
      public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
        throw new UnsupportedOperationException("not needed here");
      }

      @Override
      public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(
          String glob, String... globs) {
        throw new UnsupportedOperationException("not needed here");
      }
    };
  }
}
