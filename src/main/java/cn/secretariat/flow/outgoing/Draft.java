package cn.secretariat.flow.outgoing;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft outgoing document as its drafter filled it in, before any check: every field may be null or
 * blank, and {@link FormatRules} says what is wrong with it.
 *
 * @param docType          文种, one of the fifteen of 条例第八条 (e.g. 通知, 请示, 命令（令）)
 * @param title            标题
 * @param mainRecipients   主送机关, free text, several organs separated as {@link #organs(String)} accepts
 * @param ccRecipients     抄送机关, free text like {@code mainRecipients}
 * @param classification   密级: 非密, 秘密, 机密 or 绝密
 * @param secrecyPeriod    保密期限 in years
 * @param copies           印制份数, which the 份号 of a classified document count up to
 * @param urgency          紧急程度
 * @param issuerCode       机关代字 the number will be taken under (the number itself is assigned later)
 * @param signer           签发人
 * @param body             正文
 * @param attachmentNotes  附件说明 as it will be printed under the body (附件：1.……)
 * @param attachmentTitles the attachments actually enclosed, one title per line; null or blank for none
 */
public record Draft(
    String docType,
    String title,
    String mainRecipients,
    String ccRecipients,
    String classification,
    Integer secrecyPeriod,
    Integer copies,
    String urgency,
    String issuerCode,
    String signer,
    String body,
    String attachmentNotes,
    String attachmentTitles) {

  private static final String SEPARATORS = "、，,；;。";
  private static final String OPENING = "（(〔[【《";
  private static final String CLOSING = "）)〕]】》";

  /**
   * The organs named in a recipients text, trimmed, empties dropped: separated by 、，,；; (and 。), or by
   * line breaks. A separator inside brackets does not split, so that {@code 各县（市、区）人大常委会} stays one
   * organ. The full-width colon after the last 主送机关 and the full stop after the last 抄送机关, which GB/T
   * 9704-2012 7.3.2 and 7.4.2 print there, are not part of a name.
   */
  public static List<String> organs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> organs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        // a new line always starts a new organ, so that one unbalanced bracket cannot swallow the rest
        depth = 0;
        add(organs, current);
        continue;
      }
      if (OPENING.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
      if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
        add(organs, current);
      } else {
        current.append(c);
      }
    }
    add(organs, current);
    return List.copyOf(organs);
  }

  private static void add(List<String> organs, StringBuilder current) {
    String organ = current.toString().strip();
    current.setLength(0);
    while (organ.endsWith("：") || organ.endsWith(":")) {
      organ = organ.substring(0, organ.length() - 1).strip();
    }
    if (!organ.isEmpty()) {
      organs.add(organ);
    }
  }
}
