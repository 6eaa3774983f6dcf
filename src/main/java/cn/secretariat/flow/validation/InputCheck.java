package cn.secretariat.flow.validation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Checks the answers of one form submission (Tasklist or REST) and collects every problem, so a clerk
 * reads them all at once. {@link #throwIfInvalid()} raises a {@link BadUserRequestException}: the engine
 * rolls the command back (nothing is started or changed) and REST answers HTTP 400 with the message.
 */
public final class InputCheck {

  private final VariableScope scope;
  private final List<String> missing = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private InputCheck(VariableScope scope) {
    this.scope = scope;
  }

  public static InputCheck of(VariableScope scope) {
    return new InputCheck(scope);
  }

  /** A required text; returns it trimmed, or null after recording it as missing. */
  public String text(String name, String label, int maxLength) {
    String value = optionalText(name, label, maxLength);
    if (value == null) {
      missing.add(label);
    }
    return value;
  }

  /** An optional text; blank counts as absent. */
  public String optionalText(String name, String label, int maxLength) {
    Object raw = scope.getVariable(name);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String s)) {
      problems.add(label + "应为文字");
      return null;
    }
    String trimmed = s.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > maxLength) {
      problems.add(label + "不能超过" + maxLength + "字（现为" + trimmed.length() + "字）");
    }
    return trimmed;
  }

  /** A required choice from a fixed list of Chinese words. */
  public String choice(String name, String label, Collection<String> allowed) {
    Object raw = scope.getVariable(name);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      missing.add(label);
      return null;
    }
    if (!(raw instanceof String s) || !allowed.contains(s.strip())) {
      problems.add(label + "只能是" + String.join("、", allowed) + "之一（收到：" + raw + "）");
      return null;
    }
    return s.strip();
  }

  /** A required whole number within [min, max]; accepts numbers and numeric text (REST clients send both). */
  public Integer wholeNumber(String name, String label, int min, int max) {
    Integer value = optionalWholeNumber(name, label, min, max);
    if (value == null && isAbsent(scope.getVariable(name))) {
      missing.add(label);
    }
    return value;
  }

  public Integer optionalWholeNumber(String name, String label, int min, int max) {
    Object raw = scope.getVariable(name);
    if (isAbsent(raw)) {
      return null;
    }
    Long number = null;
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.longValue();
    } else if (raw instanceof String s) {
      try {
        number = Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        number = null;
      }
    }
    if (number == null) {
      problems.add(label + "应为整数（收到：" + raw + "）");
      return null;
    }
    if (number < min || number > max) {
      problems.add(label + "应在" + min + "到" + max + "之间（收到：" + number + "）");
      return null;
    }
    return number.intValue();
  }

  /** A required yes/no answer. */
  public Boolean yesNo(String name, String label) {
    Object raw = scope.getVariable(name);
    if (raw == null) {
      missing.add(label);
      return null;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.valueOf(s);
    }
    problems.add(label + "应为“是”或“否”（收到：" + raw + "）");
    return null;
  }

  /**
   * An optional instant: a Date, or ISO text with an offset ({@code 2026-09-30T16:00+08:00}) or without one,
   * read in {@code zone} ({@code 2026-09-30T16:00}).
   */
  public Date optionalInstant(String name, String label, ZoneId zone) {
    Object raw = scope.getVariable(name);
    if (isAbsent(raw)) {
      return null;
    }
    if (raw instanceof Date d) {
      return d;
    }
    if (raw instanceof String s) {
      String text = s.strip();
      try {
        return Date.from(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException withoutOffset) {
        try {
          return Date.from(LocalDateTime.parse(text).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
          try {
            return Date.from(Instant.parse(text));
          } catch (DateTimeParseException ignored) {
            // reported below
          }
        }
      }
    }
    problems.add(label + "不是有效的日期时间（收到：" + raw + "，格式如 2026-09-30T16:00）");
    return null;
  }

  /**
   * A list of ids: Tasklist's checklist sends a JSON array, REST clients may send a JSON variable,
   * a Java list or comma-separated text. Returns the distinct ids in order.
   */
  public List<String> idList(String name, String label) {
    Object raw = scope.getVariable(name);
    Set<String> ids = new LinkedHashSet<>();
    if (isAbsent(raw)) {
      return List.of();
    }
    if (raw instanceof JsonValue json) {
      raw = json.getValue();
    }
    if (raw instanceof SpinJsonNode node && node.isArray()) {
      for (SpinJsonNode element : node.elements()) {
        if (!element.isString()) {
          problems.add(label + "格式不正确（收到：" + raw + "）");
          return List.of();
        }
        ids.add(element.stringValue().strip());
      }
    } else if (raw instanceof Collection<?> items) {
      items.forEach(item -> ids.add(String.valueOf(item).strip()));
    } else if (raw instanceof String s) {
      for (String part : s.split("[,，、]")) {
        if (!part.isBlank()) {
          ids.add(part.strip());
        }
      }
    } else {
      problems.add(label + "格式不正确（收到：" + raw + "）");
    }
    ids.remove("");
    return List.copyOf(ids);
  }

  /** Records a rule that the form cannot express by itself (e.g. "required when …"). */
  public InputCheck require(boolean condition, String problem) {
    if (!condition) {
      problems.add(problem);
    }
    return this;
  }

  public void missing(String label) {
    missing.add(label);
  }

  public boolean isValid() {
    return missing.isEmpty() && problems.isEmpty();
  }

  public void throwIfInvalid() {
    if (isValid()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("请填写：" + String.join("、", missing));
    }
    parts.addAll(problems);
    throw new BadUserRequestException("提交未通过检查：" + String.join("；", parts) + "。");
  }

  private static boolean isAbsent(Object raw) {
    return raw == null || (raw instanceof String s && s.isBlank());
  }
}
