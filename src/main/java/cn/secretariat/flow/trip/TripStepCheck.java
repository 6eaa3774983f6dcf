package cn.secretariat.flow.trip;

import static cn.secretariat.flow.trip.ResearchTrip.Steps.*;
import static cn.secretariat.flow.trip.ResearchTrip.Vars.*;

import cn.secretariat.flow.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The answers of the trip's later steps (complete), and the outcomes that route it. */
@Component("tripStepCheck")
public class TripStepCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    DelegateExecution trip = task.getExecution().getProcessInstance();
    switch (task.getTaskDefinitionKey()) {
      case FILE_REPORT -> {
        check.text("filedTo", "报备对象", 100);
        check.text("filedOn", "报备日期", 30);
      }
      case COORDINATE_LOCAL -> {
        check.text("coordinatedWith", "联系的市、县人大常委会及联系人", 2000);
        confirmed(check, task, "coordinationConfirmed", "请确认已通知并确认接待安排");
      }
      case SEND_LETTER -> {
        check.text("letterNumber", "函件字号", 64);
        check.text("letterSentTo", "收函单位", 100);
      }
      case RECORD_REPLY -> {
        confirmed(check, task, "replyReceived", "请确认已收到复函");
        check.text("replySummary", "复函要点", 2000);
      }
      case PLAN -> {
        check.text("programme", "程序表", 10_000);
        check.text("reminders", "注意事项", 5000);
      }
      case APPROVE_PLAN -> {
        String decision = check.choice(PLAN_DECISION, "审定意见", List.of("批准", "修改"));
        String comment = check.optionalText(PLAN_COMMENT, "修改意见", 2000);
        if ("修改".equals(decision) && comment == null) {
          check.missing("修改意见（修改时必填）");
        }
        check.throwIfInvalid();
        trip.setVariable("planOutcome", decision);
        trip.setVariable(PLAN_COMMENT, comment);
      }
      case SEND_NOTICES -> {
        check.text("noticesSentTo", "通知对象", 2000);
        confirmed(check, task, "noticesConfirmed", "请确认通知已发出");
        check.throwIfInvalid();
        trip.setVariable(PLAN_CHANGED, Boolean.TRUE.equals(task.getVariable(PLAN_CHANGED)));
      }
      case ON_SITE -> {
        check.text("onSiteLog", "现场服务记录", 10_000);
        check.optionalText("tripIncidents", "现场突发情况及处置", 5000);
      }
      case REPORT -> check.text("reportText", "调研报告", 50_000);
      case APPROVE_REPORT -> {
        String decision = check.choice(REPORT_DECISION, "审核意见", List.of("通过", "退回修改"));
        String comment = check.optionalText(REPORT_COMMENT, "审核说明", 2000);
        if ("退回修改".equals(decision) && comment == null) {
          check.missing("审核说明（退回修改时必填）");
        }
        check.throwIfInvalid();
        trip.setVariable("reportOutcome", decision);
        trip.setVariable(REPORT_COMMENT, comment);
      }
      default -> throw new ProcessEngineException("模型错误：tripStepCheck 不检查 " + task.getTaskDefinitionKey());
    }
    check.throwIfInvalid();
  }

  private static void confirmed(InputCheck check, DelegateTask task, String flag, String problem) {
    check.require(Boolean.TRUE.equals(task.getVariable(flag)), problem);
  }
}
