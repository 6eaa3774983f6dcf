package cn.secretariat.flow.archive;

import static cn.secretariat.flow.archive.Archive.Vars.*;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.document.Labelled;
import cn.secretariat.flow.security.DocumentAccess;
import cn.secretariat.flow.validation.InputCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 借阅申请 ({@code request}, start): the record (by 档号 or id) must exist, be catalogued, be visible to the
 * borrower (a classified record only to the cleared: to anyone else it does not exist) and not be lent out;
 * purpose, 纸质/电子 and a due date from today up to {@code secretariat.archive.max-loan-days}. Copies the
 * record's title, 档号 and 密级 onto the loan, so its tasks are shown and protected like the record.
 */
@Component("loanRequestCheck")
public class LoanRequestCheck implements ExecutionListener {

  private final ArchiveRecords records;
  private final DocumentAccess documentAccess;
  private final ArchiveProperties properties;
  private final WorkingCalendar calendar;

  public LoanRequestCheck(ArchiveRecords records, DocumentAccess documentAccess, ArchiveProperties properties,
      WorkingCalendar calendar) {
    this.records = records;
    this.documentAccess = documentAccess;
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution);
    String ref = check.text(RECORD_REF, "档号或档案编号", 64);
    String purpose = check.text(PURPOSE, "借阅目的", 2000);
    String mode = check.choice(LOAN_MODE, "借阅方式", Labelled.labels(Archive.LoanMode.class));
    LocalDate dueOn = dueOn(check, execution);
    Object borrower = execution.getVariable(BORROWER);
    check.require(borrower instanceof String s && !s.isBlank(), "借阅人须登录后申请");
    check.throwIfInvalid();

    Optional<ArchiveRecord> found = find(ref).filter(r -> visibleTo((String) borrower, r));
    check.require(found.isPresent(), "未找到档案：" + ref);
    check.throwIfInvalid();
    ArchiveRecord record = found.get();
    check.require(record.catalogued(), "档案尚未整理编目，暂不能借阅：" + ref);
    check.require(!record.onLoan(), "档案 " + record.archiveNumber() + " 已借出，归还后方可再借");
    check.throwIfInvalid();

    execution.setVariable(RECORD_ID, record.id());
    execution.setVariable(ARCHIVE_NUMBER, record.archiveNumber());
    execution.setVariable(TITLE, record.title());
    execution.setVariable(CLASSIFICATION, record.classification());
    execution.setVariable(DOC_NUMBER, record.docNumber());
    execution.setVariable(PURPOSE, purpose);
    execution.setVariable(LOAN_MODE, mode);
    execution.setVariable(DUE_ON, dueOn.toString());
  }

  private Optional<ArchiveRecord> find(String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    if (ref.chars().allMatch(Character::isDigit)) {
      try {
        return records.byId(Long.parseLong(ref));
      } catch (NumberFormatException tooLong) {
        return Optional.empty();
      }
    }
    return records.byArchiveNumber(ref);
  }

  private boolean visibleTo(String userId, ArchiveRecord record) {
    Classification level = Classification.fromLabel(record.classification()).orElse(Classification.TOP_SECRET);
    return level == Classification.UNCLASSIFIED || documentAccess.isUserCleared(userId, level);
  }

  private LocalDate dueOn(InputCheck check, DelegateExecution execution) {
    Object raw = execution.getVariable(DUE_ON);
    if (raw == null || raw.toString().isBlank()) {
      check.missing("借阅期限");
      return null;
    }
    LocalDate date;
    try {
      String text = raw.toString().strip();
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      check.require(false, "借阅期限不是有效日期（收到：" + raw + "，格式如 2026-12-10）");
      return null;
    }
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone());
    check.require(!date.isBefore(today), "借阅期限不能早于今天");
    check.require(!date.isAfter(today.plusDays(properties.maxLoanDays())),
        "借阅期限不能超过" + properties.maxLoanDays() + "天（最晚 " + today.plusDays(properties.maxLoanDays()) + "）");
    return date;
  }
}
