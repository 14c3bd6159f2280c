package io.summitgraph.platform.compiler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every feature's {@link ReadModel}, by type and by root field. */
@ApplicationScoped
public class ReadCatalog {

  private final Map<String, TypeReads> types = new HashMap<>();
  private final Map<String, PagedRead> roots = new HashMap<>();
  private final Map<String, PreparedRead> preparedRoots = new HashMap<>();
  private final Map<String, TypeReads> interfaces = new HashMap<>();

  @Inject
  ReadCatalog(@Any Instance<ReadModel> models) {
    List<TypeReads> extensions = new ArrayList<>();
    for (ReadModel model : models) {
      for (TypeReads type : model.types()) {
        if (type.isExtension()) {
          extensions.add(type);
        } else if (types.put(type.type(), type) != null) {
          throw new IllegalStateException("Two read models describe the type " + type.type());
        }
      }
      model
          .roots()
          .forEach(
              (name, read) -> {
                if (roots.put(name, read) != null) {
                  throw new IllegalStateException("Two read models serve Query." + name);
                }
              });
      model
          .preparedRoots()
          .forEach(
              (name, read) -> {
                if (roots.containsKey(name) || preparedRoots.put(name, read) != null) {
                  throw new IllegalStateException("Two read models serve Query." + name);
                }
              });
    }
    extend(extensions);
  }

  TypeReads type(String name) {
    return types.get(name);
  }

  private void extend(List<TypeReads> extensions) {
    for (TypeReads extension : extensions) {
      TypeReads type = types.get(extension.type());
      if (type == null) {
        // An interface: its fields are looked up by the types implementing it.
        interfaces.computeIfAbsent(extension.type(), TypeReads::extend).add(extension);
      } else {
        type.add(extension);
      }
    }
  }

  /** How a field every type implementing {@code interfaceName} has is read, or null. */
  FieldRead interfaceField(String interfaceName, String field) {
    TypeReads reads = interfaces.get(interfaceName);
    return reads == null ? null : reads.field(field);
  }

  PagedRead root(String name) {
    return roots.get(name);
  }

  PreparedRead preparedRoot(String name) {
    return preparedRoots.get(name);
  }
}
