package cn.secretariat.flow.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Registers working time as the engine's business calendar, so that task due dates, follow-up dates and
 * timer durations (timeDuration) are all counted in Chinese working time. Cycles keep the engine's
 * calendar: they drive technical schedules, not deadlines.
 */
public class WorkingTimePlugin extends AbstractProcessEnginePlugin {

  private final WorkingCalendar calendar;

  public WorkingTimePlugin(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(calendar, new DueDateBusinessCalendar()));
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(calendar, new DurationBusinessCalendar()));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }
}
