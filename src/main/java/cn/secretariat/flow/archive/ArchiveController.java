package cn.secretariat.flow.archive;

import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.security.DocumentAccess;
import cn.secretariat.flow.web.ApiUser;
import cn.secretariat.flow.web.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 检索: {@code GET /api/archive} searches the archive by title words ({@code q}), number ({@code number}:
 * 来文字号, 发文字号 or 档号), {@code year}, {@code category} and {@code classification}, paged ({@code page} from
 * 0, {@code size} up to 100); {@code GET /api/archive/{id}} gives one record with its opinions. Only records
 * the caller is cleared for exist: a classified record is absent from an uncleared user's results, counts and
 * direct requests (404). Groups are read afresh on every call, so a clearance taken away counts at once.
 */
@RestController
public class ArchiveController {

  static final int MAX_SIZE = 100;

  private final ApiUser apiUser;
  private final IdentityService identityService;
  private final DocumentAccess documentAccess;
  private final ArchiveRecords records;
  private final ArchiveAccess access;

  public ArchiveController(ApiUser apiUser, IdentityService identityService, DocumentAccess documentAccess,
      ArchiveRecords records, ArchiveAccess access) {
    this.apiUser = apiUser;
    this.identityService = identityService;
    this.documentAccess = documentAccess;
    this.records = records;
    this.access = access;
  }

  @GetMapping(value = "/api/archive", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> search(HttpServletRequest request,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String classification,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size) {
    String userId = apiUser.of(request);
    if (userId == null) {
      return unauthorized();
    }
    List<String> problems = new ArrayList<>();
    Integer yearValue = QueryParameters.number(year, "年度", 1900, 9999, problems);
    Integer pageValue = QueryParameters.number(page, "页码", 0, Integer.MAX_VALUE, problems);
    Integer sizeValue = QueryParameters.number(size, "每页条数", 1, MAX_SIZE, problems);
    if (classification != null && !classification.isBlank() && !Classification.labels().contains(classification.strip())) {
      problems.add("密级只能是" + String.join("、", Classification.labels()) + "之一（收到：" + classification + "）");
    }
    if (!problems.isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("type", "BadUserRequestException",
          "message", "查询条件有误：" + String.join("；", problems) + "。"));
    }
    ArchiveRecords.Page result = records.search(new ArchiveRecords.Query(blankToNull(q), blankToNull(number), yearValue,
        blankToNull(category), blankToNull(classification), visibleLevels(userId), pageValue, sizeValue));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", result.total());
    body.put("page", result.page());
    body.put("size", result.size());
    body.put("items", result.items().stream().map(ArchiveController::summary).toList());
    return ResponseEntity.ok(body);
  }

  @GetMapping(value = "/api/archive/{id}", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> one(HttpServletRequest request, @PathVariable String id) {
    String userId = apiUser.of(request);
    if (userId == null) {
      return unauthorized();
    }
    Set<String> levels = visibleLevels(userId);
    ArchiveRecord record;
    try {
      record = records.byId(Long.parseLong(id)).filter(r -> levels.contains(r.classification())).orElse(null);
    } catch (NumberFormatException e) {
      record = null;
    }
    if (record == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "未找到档案：" + id));
    }
    Map<String, Object> body = summary(record);
    body.put("sourceProcess", record.sourceProcessKey());
    body.put("sourceInstanceId", record.sourceInstanceId());
    body.put("docDate", record.docDate());
    body.put("closedAt", record.closedAt());
    body.put("opinions", record.opinions());
    body.put("catalogueNotes", record.catalogueNotes());
    body.put("cataloguedBy", record.cataloguedBy());
    body.put("cataloguedAt", record.cataloguedAt());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    body.put("electronicAccess", access.hasAccess(userId, record.id(), now));
    return ResponseEntity.ok(body);
  }

  /** The 密级 this user may see: 非密 always, the others with a clearance of that level or above. */
  Set<String> visibleLevels(String userId) {
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    Set<String> levels = new java.util.LinkedHashSet<>();
    for (Classification level : Classification.values()) {
      if (level == Classification.UNCLASSIFIED
          || documentAccess.clearedGroups(level).stream().anyMatch(groups::contains)) {
        levels.add(level.label());
      }
    }
    return levels;
  }

  private static Map<String, Object> summary(ArchiveRecord r) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", r.id());
    item.put("archiveNumber", r.archiveNumber());
    item.put("title", r.title());
    item.put("docNumber", r.docNumber());
    item.put("sourceOrg", r.sourceOrg());
    item.put("docType", r.docType());
    item.put("classification", r.classification());
    item.put("year", r.docYear());
    item.put("category", r.category());
    item.put("retention", r.retention());
    item.put("onLoan", r.onLoan());
    return item;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static ResponseEntity<?> unauthorized() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"secretariat\"").build();
  }
}
