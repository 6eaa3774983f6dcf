package cn.secretariat.flow.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A closed vocabulary whose Chinese word is what variables, forms and people use (特急, 机密, 呈领导批示…),
 * while the constant name is what code and configuration use.
 */
public interface Labelled {

  String label();

  static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
  }

  static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, Object value) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(value)).findFirst();
  }
}
