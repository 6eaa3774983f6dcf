package cn.secretariat.flow.meeting;

import static cn.secretariat.flow.meeting.Meeting.Steps.*;
import static cn.secretariat.flow.meeting.Meeting.Vars.*;

import cn.secretariat.flow.identity.Departments;
import cn.secretariat.flow.validation.InputCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The answers of the meeting's own steps (complete): the agenda, the notice, the materials, the head count,
 * the venue checklist, the record, the 纪要 with its decided items, the chair's approval, the 改期通知.
 */
@Component("meetingStepCheck")
public class MeetingStepCheck implements TaskListener {

  static final List<String> VENUE_CHECKLIST = List.of("seating", "nameCards", "sound", "materials");

  private final Departments departments;

  public MeetingStepCheck(Departments departments) {
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    switch (task.getTaskDefinitionKey()) {
      case Meeting.Steps.AGENDA -> {
        check.text(Meeting.Vars.AGENDA, "会议议程", 5000);
        confirmed(check, task, "agendaApproved", "请确认议程已审定");
      }
      case NOTIFY -> {
        check.text("noticeSentTo", "通知范围及方式", 2000);
        confirmed(check, task, "noticeConfirmed", "请确认通知已发出");
      }
      case NOTIFY_CHANGE -> {
        check.text("changeNoticeSentTo", "改期通知范围及方式", 2000);
        confirmed(check, task, "changeNoticeConfirmed", "请确认改期通知已发出");
      }
      case PRINT_MATERIALS -> {
        check.wholeNumber("materialsCopies", "材料份数", 1, 100_000);
        confirmed(check, task, "materialsConfirmed", "请确认材料已印制");
      }
      case CONFIRM_ATTENDANCE -> {
        check.wholeNumber("confirmedCount", "确认人数", 0, 10_000);
        check.optionalText("absentees", "请假人员及事由", 2000);
      }
      case PREPARE_VENUE -> {
        List<String> done = check.idList("venueChecklist", "会场准备");
        check.require(done.containsAll(VENUE_CHECKLIST), "会场准备须全部完成：座次图、桌签、音响、会议材料");
      }
      case TAKE_MINUTES -> check.text("minutes", "会议记录", 20_000);
      case WRITE_SUMMARY -> {
        check.text("summaryText", "会议纪要", 20_000);
        decidedItems(check, task);
      }
      case APPROVE_SUMMARY -> {
        String decision = check.choice(SUMMARY_DECISION, "审定意见", List.of("同意", "退回修改"));
        String comment = check.optionalText(SUMMARY_COMMENT, "审定说明", 2000);
        if ("退回修改".equals(decision) && comment == null) {
          check.missing("审定说明（退回修改时必填）");
        }
      }
      default -> throw new ProcessEngineException("模型错误：meetingStepCheck 不检查 " + task.getTaskDefinitionKey());
    }
    check.throwIfInvalid();
    if (NOTIFY.equals(task.getTaskDefinitionKey())) {
      task.getExecution().getProcessInstance().setVariable(NOTICE_SENT, true);
    }
  }

  private static void confirmed(InputCheck check, DelegateTask task, String flag, String problem) {
    check.require(Boolean.TRUE.equals(task.getVariable(flag)), problem);
  }

  /** 纪要's decided items (事项, 责任部门, 完成时限), stored back as a clean JSON array. */
  private void decidedItems(InputCheck check, DelegateTask task) {
    Object raw = task.getVariable(DECIDED_ITEMS);
    if (raw == null) {
      return;
    }
    if (!(raw instanceof SpinJsonNode node) || !node.isArray()) {
      check.require(false, "议定事项格式不正确");
      return;
    }
    Map<String, String> known = departments.all();
    StringBuilder clean = new StringBuilder("[");
    int n = 0;
    for (SpinJsonNode item : node.elements()) {
      n++;
      String what = text(item, "item");
      String department = text(item, "department");
      String deadline = text(item, "deadline");
      check.require(what != null, "第" + n + "项议定事项缺少“事项”");
      check.require(department != null && known.containsKey(department), "第" + n + "项议定事项的责任部门不存在：" + department);
      LocalDate date = null;
      try {
        date = deadline == null ? null : LocalDate.parse(deadline.length() > 10 ? deadline.substring(0, 10) : deadline);
      } catch (DateTimeParseException e) {
        date = null;
      }
      check.require(date != null, "第" + n + "项议定事项的完成时限不是有效日期：" + deadline);
      if (clean.length() > 1) {
        clean.append(',');
      }
      clean.append(Spin.JSON(Map.of("item", what == null ? "" : what, "department", department == null ? "" : department,
          "deadline", date == null ? "" : date.toString())).toString());
    }
    if (check.isValid()) {
      task.setVariable(DECIDED_ITEMS, SpinValues.jsonValue(clean.append(']').toString()).create());
    }
  }

  private static String text(SpinJsonNode node, String field) {
    if (!node.hasProp(field) || node.prop(field).isNull()) {
      return null;
    }
    String value = node.prop(field).stringValue().strip();
    return value.isEmpty() ? null : value;
  }
}
