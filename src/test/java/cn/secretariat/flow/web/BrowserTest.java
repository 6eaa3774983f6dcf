package cn.secretariat.flow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.secretariat.flow.incoming.IncomingDocument;
import cn.secretariat.flow.support.EngineClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps as people use them, in headless Chromium: a clerk registers a document in Chinese Tasklist and
 * finds its first task; the supervisor opens Cockpit and sees the overdue item on the 逾期督办 board. Needs
 * Debian's {@code chromium} and {@code chromium-driver} ({@code apt-get install chromium chromium-driver},
 * which {@code .ci/run} does); without them the test is skipped and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run",
        "--disable-quic", "--disable-component-update", "--disable-sync", "--lang=zh-CN", "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    EngineClock.reset();
  }

  @Test
  void aClerkRegistersADocumentInChineseTasklistAndFindsItsFirstTask() {
    login("tasklist", "clerk1");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'我的待办')]")));
    click(By.xpath("//a[contains(.,'发起流程')]"));
    click(By.xpath("//a[contains(.,'来文办理')]"));
    WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$='Field_title']")));
    title.sendKeys("关于浏览器测试的函");
    browser.findElement(By.cssSelector("input[id$='Field_sourceOrg']")).sendKeys("省政府办公厅");
    click(By.cssSelector("[id$='Field_docType'] ~ .fjs-input-group, .fjs-form-field-select .fjs-input-group"));
    WebElement letter = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='函']")));
    // the modal's footer may cover the list's lower items: bring the item to the middle of the view first
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", letter);
    new Actions(browser).moveToElement(letter).click().perform();
    browser.findElement(By.cssSelector("input[id$='Field_pages']")).sendKeys("3");
    click(By.xpath("//button[normalize-space(.)='发起']"));

    wait.until(d -> taskService.createTaskQuery().processDefinitionKey(IncomingDocument.PROCESS_KEY)
        .taskDefinitionKey(IncomingDocument.Steps.SUMMARIZE).processVariableValueEquals("title", "关于浏览器测试的函").count() == 1);
    click(By.xpath("//a[contains(.,'本组待办')]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'关于浏览器测试的函')]")));
    assertThat(browser.getPageSource()).contains("文件摘要").doesNotContain("It is time to migrate");
  }

  @Test
  void theSupervisorSeesTheOverdueItemOnTheBoard() {
    EngineClock.set("2026-11-02T10:00");
    Map<String, Object> variables = new HashMap<>(Map.of("title", "关于逾期未办的函", "sourceOrg", "省司法厅",
        "docType", "函", "urgency", "平件", "classification", "非密", "pages", 2));
    runtimeService.startProcessInstanceByKey(IncomingDocument.PROCESS_KEY, variables);
    EngineClock.reset();

    login("cockpit", "supervisor");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'逾期督办')]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(text(),'关于逾期未办的函')]")));
    assertThat(browser.getPageSource()).contains("文件摘要").contains("个工作日");
  }

  private void login(String app, String user) {
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form input[type='text']")));
    name.sendKeys(user);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("test-only");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  private void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }
}
