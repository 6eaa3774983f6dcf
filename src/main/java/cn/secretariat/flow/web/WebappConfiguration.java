package cn.secretariat.flow.web;

import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each webapp's {@code scripts/config.js} and {@code styles/user-styles.css}, the two files Camunda leaves for
 * customisation: Chinese as the default and fallback language (English stays selectable), dates written the
 * Chinese way, the office's name instead of "Camunda", and no end-of-life banner for clerks. Served here so
 * that the name comes from configuration ({@code secretariat.branding.*}).
 */
@RestController
public class WebappConfiguration {

  static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");

  private static final String TASKLIST_SHORTCUTS = """
        shortcuts: {
          claimTask: { key: 'ctrl+alt+c', description: '签收当前选中的任务' },
          focusFilter: { key: 'ctrl+shift+f', description: '定位到第一个筛选器' },
          focusList: { key: 'ctrl+alt+l', description: '定位到任务列表的第一项' },
          focusForm: { key: 'ctrl+alt+f', description: '定位到表单的第一个输入项' },
          startProcess: { key: 'ctrl+alt+p', description: '打开发起流程对话框' }
        },
      """;

  private final BrandingProperties branding;

  public WebappConfiguration(BrandingProperties branding) {
    this.branding = branding;
  }

  @GetMapping(value = "/camunda/app/{app}/scripts/config.js", produces = "text/javascript;charset=UTF-8")
  public ResponseEntity<String> config(@PathVariable String app) {
    if (!APPS.contains(app)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    String js = "export default {\n"
        + "  app: { name: " + quoted(branding.name()) + ", vendor: " + quoted(branding.vendor()) + " },\n"
        + "  locales: { availableLocales: ['zh', 'en'], fallbackLocale: 'zh' },\n"
        + "  dateFormat: { normal: 'LLL', long: 'LLLL' },\n"
        + "  disableWelcomeMessage: true,\n"
        + ("tasklist".equals(app) ? TASKLIST_SHORTCUTS : "")
        + ("cockpit".equals(app) ? "  customScripts: ['scripts/overdue-board.js'],\n" : "")
        + ("tasklist".equals(app) ? "  customScripts: ['scripts/form-messages-zh.js'],\n" : "")
        + "};\n";
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(js);
  }

  @GetMapping(value = "/camunda/app/{app}/styles/user-styles.css", produces = "text/css;charset=UTF-8")
  public ResponseEntity<String> styles(@PathVariable String app) {
    if (!APPS.contains(app)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    // Camunda 7 CE's end-of-life banner speaks to administrators, not to the office's clerks
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(".ce-eol-banner { display: none !important; }\n");
  }

  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
