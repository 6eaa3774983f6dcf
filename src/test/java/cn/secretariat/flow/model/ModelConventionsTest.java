package cn.secretariat.flow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The conventions every model under {@code processes/} and every form under {@code forms/} keep, checked
 * with Camunda's model API so that a model edited in Modeler cannot silently break them. Each test collects
 * every offence and prints them all.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelConventionsTest {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Map<Path, BpmnModelInstance> MODELS = new TreeMap<>();
  private static final Map<String, Path> FORMS = new TreeMap<>();

  @Autowired RepositoryService repositoryService;

  @BeforeAll
  static void readModelsAndForms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        MODELS.put(file, Bpmn.readModelFromFile(file.toFile()));
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        assertThat(form.path("id").asText()).as("id of %s", file).isNotBlank();
        assertThat(FORMS.put(form.path("id").asText(), file)).as("form id %s defined twice", form.path("id")).isNull();
      }
    }
    assertThat(MODELS).as("models under processes/").isNotEmpty();
  }

  @Test
  void processKeyIsTheFileNameAndHistoryHasATimeToLive() {
    List<String> offences = new ArrayList<>();
    MODELS.forEach((file, model) -> {
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      String expectedKey = file.getFileName().toString().replace(".bpmn", "");
      for (Process process : processes) {
        if (process.isExecutable() && !process.getId().equals(expectedKey)) {
          offences.add(file + ": process key " + process.getId() + " differs from the file name");
        }
        if (process.getCamundaHistoryTimeToLiveString() == null) {
          offences.add(file + ": process " + process.getId() + " has no camunda:historyTimeToLive");
        }
        if (process.getName() == null || process.getName().isBlank()) {
          offences.add(file + ": process " + process.getId() + " has no (Chinese) name");
        }
      }
    });
    assertThat(offences).isEmpty();
  }

  @Test
  void everyFlowNodeHasAShapeAndEveryFlowAnEdge() {
    List<String> offences = new ArrayList<>();
    MODELS.forEach((file, model) -> {
      Set<String> shapes = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
      Set<String> edges = new HashSet<>();
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
      model.getModelElementsByType(FlowNode.class).stream().filter(n -> !shapes.contains(n.getId()))
          .forEach(n -> offences.add(file + ": " + n.getId() + " has no diagram shape"));
      model.getModelElementsByType(SequenceFlow.class).stream().filter(f -> !edges.contains(f.getId()))
          .forEach(f -> offences.add(file + ": flow " + f.getId() + " has no diagram edge"));
    });
    assertThat(offences).isEmpty();
  }

  @Test
  void nothingIsBoundToAJavaClass() {
    List<String> offences = new ArrayList<>();
    MODELS.forEach((file, model) -> collectClassBindings(file, model.getDocument().getRootElement(), offences));
    assertThat(offences).as("use camunda:delegateExpression=\"${bean}\" instead of camunda:class").isEmpty();
  }

  @Test
  void everyUserTaskIsNamedHasAFormACandidateAndADueDate() {
    List<String> offences = new ArrayList<>();
    MODELS.forEach((file, model) -> {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file + ": user task " + task.getId();
        if (task.getName() == null || task.getName().isBlank()) {
          offences.add(where + " has no name");
        }
        if (task.getCamundaFormRef() == null && task.getCamundaFormKey() == null) {
          offences.add(where + " has no form");
        }
        if (task.getCamundaCandidateGroups() == null && task.getCamundaCandidateUsers() == null) {
          offences.add(where + " has no candidate group or user");
        }
        if (task.getCamundaDueDate() == null) {
          offences.add(where + " has no due date");
        }
      }
    });
    assertThat(offences).isEmpty();
  }

  @Test
  void everyFormReferenceIsDefinedUnderForms() {
    List<String> offences = new ArrayList<>();
    MODELS.forEach((file, model) -> {
      List<ModelElementInstance> withForms = new ArrayList<>(model.getModelElementsByType(UserTask.class));
      withForms.addAll(model.getModelElementsByType(StartEvent.class));
      for (ModelElementInstance element : withForms) {
        String ref = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
        String id = element.getAttributeValue("id");
        if (ref != null && !FORMS.containsKey(ref)) {
          offences.add(file + ": " + id + " refers to form '" + ref + "', which no file in forms/ defines");
        }
        if (ref != null && !"deployment".equals(element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"))) {
          offences.add(file + ": " + id + " should bind its form by deployment (formRefBinding=\"deployment\")");
        }
      }
    });
    assertThat(offences).isEmpty();
  }

  @Test
  void decisionsTimersAndBoundaryEventsSayWhyTheyExist() {
    List<String> offences = new ArrayList<>();
    MODELS.forEach((file, model) -> {
      for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
        boolean splits = gateway.getOutgoing().size() > 1;
        if (splits && (gateway.getName() == null || gateway.getName().isBlank())) {
          offences.add(file + ": deciding gateway " + gateway.getId() + " has no name");
        }
        // a parallel fork decides nothing: its branches need no names
        if (splits && !(gateway instanceof ParallelGateway)) {
          gateway.getOutgoing().stream().filter(f -> f.getName() == null || f.getName().isBlank())
              .forEach(f -> offences.add(file + ": flow " + f.getId() + " out of " + gateway.getId() + " has no name"));
        }
      }
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        ModelElementInstance event = timer.getParentElement();
        String name = event.getAttributeValue("name");
        if (name == null || name.isBlank()) {
          offences.add(file + ": timer " + event.getAttributeValue("id") + " has no name saying why it exists");
        }
      }
      model.getModelElementsByType(BoundaryEvent.class).stream().filter(b -> b.getName() == null)
          .forEach(b -> offences.add(file + ": boundary event " + b.getId() + " has no name"));
      model.getModelElementsByType(IntermediateCatchEvent.class).stream().filter(b -> b.getName() == null)
          .forEach(b -> offences.add(file + ": catch event " + b.getId() + " has no name"));
    });
    assertThat(offences).isEmpty();
  }

  @Test
  void everyModelAndFormIsDeployed() {
    Set<String> deployed = new HashSet<>();
    repositoryService.createDeploymentQuery().list().forEach(deployment ->
        repositoryService.getDeploymentResources(deployment.getId()).stream().map(Resource::getName)
            .map(name -> Path.of(name).getFileName().toString()).forEach(deployed::add));
    List<String> files = new ArrayList<>();
    MODELS.keySet().forEach(p -> files.add(p.getFileName().toString()));
    FORMS.values().forEach(p -> files.add(p.getFileName().toString()));
    assertThat(deployed).containsAll(files);
    MODELS.values().forEach(model -> model.getModelElementsByType(Process.class).forEach(process ->
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(process.getId()).count())
            .as("deployed definitions of %s", process.getId()).isPositive()));
  }

  private static void collectClassBindings(Path file, DomElement element, List<String> offences) {
    if (element.hasAttribute(CAMUNDA_NS, "class")) {
      offences.add(file + ": " + element.getLocalName() + " " + element.getAttribute("id") + " uses camunda:class");
    }
    element.getChildElements().forEach(child -> collectClassBindings(file, child, offences));
  }
}
