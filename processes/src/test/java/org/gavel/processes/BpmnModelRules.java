package org.gavel.processes;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The house rules every BPMN model in {@code processes/} must follow, checked with the
 * Camunda model API: readable ids ({@code Activity_ReviewAdmissibility}, never the
 * modeler's generated {@code Activity_0x1l2aj} or {@code UserTask_1}), processes named
 * {@code ...Process} with a {@code historyTimeToLive}, a diagram shape or edge for every
 * flow node and sequence flow, and the process glue of ADR 0007: every service task and
 * every listener a {@code camunda:delegateExpression} on a bean of its own (no
 * {@code camunda:class}, no method expression), and no {@code camunda:in}/{@code out}
 * (but a called process's business key) lists (a call activity maps its typed contract in
 * a {@code DelegateVariableMapping}).
 */
final class BpmnModelRules {

	private static final Pattern PROCESS_ID = Pattern.compile("[A-Z][A-Za-z0-9]*Process");

	/** A type prefix, an underscore, then a name in UpperCamelCase with real words. */
	private static final Pattern READABLE_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*[a-z]{2}[A-Za-z0-9]*");

	private BpmnModelRules() {
	}

	/**
	 * Checks one model.
	 * @param name the file name, used in the messages
	 * @param xml the model
	 * @return one message per broken rule, empty when the model is fine
	 */
	static List<String> check(String name, InputStream xml) {
		BpmnModelInstance model = Bpmn.readModelFromStream(xml);
		List<String> problems = new ArrayList<>();
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (!PROCESS_ID.matcher(process.getId()).matches()) {
				problems.add(name + ": process id '" + process.getId() + "' should read like 'GaResolutionProcess'");
			}
			if (process.getCamundaHistoryTimeToLiveString() == null
					|| process.getCamundaHistoryTimeToLiveString().isBlank()) {
				problems.add(name + ": process '" + process.getId() + "' has no camunda:historyTimeToLive");
			}
		}
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			String id = element.getId();
			if (id != null && !(element instanceof Process) && !READABLE_ID.matcher(id).matches()) {
				problems.add(name + ": id '" + id + "' of " + element.getElementType().getTypeName()
						+ " is not readable; use e.g. 'Activity_ReviewAdmissibility'");
			}
		}
		Set<String> shaped = idsOf(model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter((shape) -> shape.getBpmnElement() != null)
			.map((shape) -> shape.getBpmnElement().getId())
			.toList());
		Set<String> edged = idsOf(model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.filter((edge) -> edge.getBpmnElement() != null)
			.map((edge) -> edge.getBpmnElement().getId())
			.toList());
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			if (!shaped.contains(node.getId())) {
				problems.add(name + ": flow node '" + node.getId() + "' has no diagram shape");
			}
		}
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			if (!edged.contains(flow.getId())) {
				problems.add(name + ": sequence flow '" + flow.getId() + "' has no diagram edge");
			}
		}
		problems.addAll(glue(name, model));
		return problems;
	}

	private static List<String> glue(String name, BpmnModelInstance model) {
		List<String> problems = new ArrayList<>();
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			if (task.getCamundaDelegateExpression() == null || task.getCamundaClass() != null
					|| task.getCamundaExpression() != null) {
				problems.add(name + ": service task '" + task.getId()
						+ "' should call a bean of its own with camunda:delegateExpression");
			}
		}
		for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
			if (listener.getCamundaDelegateExpression() == null) {
				problems.add(name + ": a task listener of '"
						+ ((BaseElement) listener.getParentElement().getParentElement()).getId()
						+ "' should be a camunda:delegateExpression");
			}
		}
		for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
			if (listener.getCamundaDelegateExpression() == null) {
				problems.add(name + ": an execution listener of '"
						+ ((BaseElement) listener.getParentElement().getParentElement()).getId()
						+ "' should be a camunda:delegateExpression");
			}
		}
		for (CamundaIn in : model.getModelElementsByType(CamundaIn.class)) {
			if (in.getCamundaBusinessKey() != null && in.getCamundaSource() == null
					&& in.getCamundaSourceExpression() == null && in.getCamundaVariables() == null) {
				continue;
			}
			problems.add(name + ": '" + ((BaseElement) in.getParentElement().getParentElement()).getId()
					+ "' maps variables with camunda:in; map the called process's contract in a DelegateVariableMapping");
		}
		for (CamundaOut out : model.getModelElementsByType(CamundaOut.class)) {
			problems.add(name + ": '" + ((BaseElement) out.getParentElement().getParentElement()).getId()
					+ "' maps variables with camunda:out; map the called process's contract in a DelegateVariableMapping");
		}
		return problems;
	}

	private static Set<String> idsOf(Collection<String> ids) {
		return ids.stream().collect(Collectors.toSet());
	}

}
