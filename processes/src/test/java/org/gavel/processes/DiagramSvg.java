package org.gavel.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN model's diagram (its DI) as SVG for the docs: events as circles, gateways
 * as diamonds, tasks as rounded boxes with their kind, flows with arrows, names as
 * labels. Deterministic, so the committed drawing can be compared with the model.
 */
final class DiagramSvg {

	private DiagramSvg() {
	}

	static String render(BpmnModelInstance model) {
		List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));
		List<BpmnEdge> edges = List.copyOf(model.getModelElementsByType(BpmnEdge.class));
		double maxX = 0;
		double maxY = 0;
		for (BpmnShape shape : shapes) {
			Bounds b = shape.getBounds();
			maxX = Math.max(maxX, b.getX() + b.getWidth());
			maxY = Math.max(maxY, b.getY() + b.getHeight() + 40);
		}
		for (BpmnEdge edge : edges) {
			for (Waypoint point : edge.getWaypoints()) {
				maxX = Math.max(maxX, point.getX());
				maxY = Math.max(maxY, point.getY() + 20);
			}
		}
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"100 20 %d %d\" width=\"%d\" height=\"%d\" "
						+ "font-family=\"sans-serif\" font-size=\"12\">\n",
				(int) maxX, (int) maxY, (int) maxX, (int) maxY));
		svg.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" /></marker></defs>\n");
		svg.append("  <rect x=\"100\" y=\"20\" width=\"100%\" height=\"100%\" fill=\"white\" />\n");
		for (BpmnEdge edge : edges) {
			StringBuilder points = new StringBuilder();
			for (Waypoint point : edge.getWaypoints()) {
				points.append(String.format(Locale.ROOT, "%.0f,%.0f ", point.getX(), point.getY()));
			}
			svg.append("  <polyline points=\"")
				.append(points.toString().strip())
				.append("\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\" />\n");
			String name = name(edge.getBpmnElement());
			if (!name.isEmpty() && edge.getBpmnLabel() != null) {
				Bounds b = edge.getBpmnLabel().getBounds();
				text(svg, b.getX() + b.getWidth() / 2, b.getY() + 11, name, "#333");
			}
		}
		for (BpmnShape shape : shapes) {
			shape(svg, shape);
		}
		return svg.append("</svg>\n").toString();
	}

	private static void shape(StringBuilder svg, BpmnShape shape) {
		BaseElement element = shape.getBpmnElement();
		Bounds b = shape.getBounds();
		double cx = b.getX() + b.getWidth() / 2;
		double cy = b.getY() + b.getHeight() / 2;
		String name = name(element);
		if (element instanceof Event) {
			double r = b.getWidth() / 2;
			double stroke = (element instanceof EndEvent) ? 4 : 1.5;
			boolean dashed = (element instanceof BoundaryEvent boundary) && !boundary.cancelActivity();
			svg.append(String.format(Locale.ROOT,
					"  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"white\" stroke=\"#333\" stroke-width=\"%.1f\"%s />\n",
					cx, cy, r, stroke, dashed ? " stroke-dasharray=\"4 2\"" : ""));
			boolean timer = (element instanceof CatchEvent catchEvent)
					&& !catchEvent.getChildElementsByType(TimerEventDefinition.class).isEmpty();
			if ((element instanceof CatchEvent catchEvent)
					&& !catchEvent.getChildElementsByType(MessageEventDefinition.class).isEmpty()) {
				svg.append(String.format(Locale.ROOT,
						"  <rect x=\"%.0f\" y=\"%.0f\" width=\"16\" height=\"11\" fill=\"none\" stroke=\"#333\" />\n"
								+ "  <path d=\"M %.0f %.0f L %.0f %.0f L %.0f %.0f\" fill=\"none\" stroke=\"#333\" />\n",
						cx - 8, cy - 5.5, cx - 8, cy - 5.5, cx, cy + 1, cx + 8, cy - 5.5));
			}
			if (!element.getChildElementsByType(TerminateEventDefinition.class).isEmpty()) {
				svg.append(String.format(Locale.ROOT, "  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"#333\" />\n",
						cx, cy, r - 7));
			}
			if (timer) {
				svg.append(String.format(Locale.ROOT,
						"  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"none\" stroke=\"#333\" />\n"
								+ "  <path d=\"M %.0f %.0f L %.0f %.0f L %.0f %.0f\" fill=\"none\" stroke=\"#333\" />\n",
						cx, cy, r - 4, cx, cy - 9, cx, cy, cx + 7, cy));
			}
			label(svg, shape, cx, b.getY() + b.getHeight() + 15, name);
		}
		else if (element instanceof SubProcess) {
			svg.append(String.format(Locale.ROOT,
					"  <rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\" fill=\"none\" stroke=\"#333\" "
							+ "stroke-width=\"1.5\" />\n",
					b.getX(), b.getY(), b.getWidth(), b.getHeight()));
			text(svg, cx, b.getY() + 18, name, "#111");
		}
		else if (element instanceof EventBasedGateway) {
			StringBuilder pentagon = new StringBuilder();
			for (int corner = 0; corner < 5; corner++) {
				double angle = -Math.PI / 2 + corner * 2 * Math.PI / 5;
				pentagon.append(
						String.format(Locale.ROOT, "%.1f,%.1f ", cx + 6 * Math.cos(angle), cy + 6 * Math.sin(angle)));
			}
			svg.append(String.format(Locale.ROOT,
					"  <polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\" fill=\"white\" stroke=\"#333\" "
							+ "stroke-width=\"1.5\" />\n  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"13\" fill=\"none\" "
							+ "stroke=\"#333\" />\n  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"10\" fill=\"none\" "
							+ "stroke=\"#333\" />\n  <polygon points=\"%s\" fill=\"none\" stroke=\"#333\" />\n",
					cx, b.getY(), b.getX() + b.getWidth(), cy, cx, b.getY() + b.getHeight(), b.getX(), cy, cx, cy, cx,
					cy, pentagon.toString().strip()));
			label(svg, shape, cx, b.getY() - 8, name);
		}
		else if (element instanceof Gateway) {
			double arm = (element instanceof ParallelGateway) ? 11 : 8;
			double tilt = (element instanceof ParallelGateway) ? 0 : 8;
			svg.append(String.format(Locale.ROOT,
					"  <polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\" fill=\"white\" stroke=\"#333\" "
							+ "stroke-width=\"1.5\" />\n  <path d=\"M %.0f %.0f L %.0f %.0f M %.0f %.0f L %.0f %.0f\" "
							+ "stroke=\"#333\" stroke-width=\"3\" />\n",
					cx, b.getY(), b.getX() + b.getWidth(), cy, cx, b.getY() + b.getHeight(), b.getX(), cy, cx - tilt,
					cy - arm, cx + tilt, cy + arm, cx + arm, cy - tilt, cx - arm, cy + tilt));
			label(svg, shape, cx, b.getY() - 8, name);
		}
		else {
			String kind = (element instanceof UserTask) ? "user task"
					: (element instanceof ServiceTask) ? "service task" : (element instanceof CallActivity)
							? "call activity" : (element instanceof BusinessRuleTask) ? "decision table" : "";
			svg.append(String.format(Locale.ROOT,
					"  <rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\" fill=\"%s\" stroke=\"#333\" "
							+ "stroke-width=\"1.5\" />\n",
					b.getX(), b.getY(), b.getWidth(), b.getHeight(),
					(element instanceof UserTask) ? "#e8f0fe" : "#f5f5f5")
				.replace("stroke-width=\"1.5\"",
						(element instanceof CallActivity) ? "stroke-width=\"4\"" : "stroke-width=\"1.5\""));
			if (!kind.isEmpty()) {
				svg.append(String.format(Locale.ROOT,
						"  <text x=\"%.0f\" y=\"%.0f\" font-size=\"9\" fill=\"#666\">%s</text>\n", b.getX() + 6,
						b.getY() + 12, kind));
			}
			if (!element.getChildElementsByType(MultiInstanceLoopCharacteristics.class).isEmpty()) {
				for (int bar = -1; bar <= 1; bar++) {
					double x = cx + bar * 5;
					svg.append(String.format(Locale.ROOT,
							"  <path d=\"M %.0f %.0f L %.0f %.0f\" stroke=\"#333\" stroke-width=\"2\" />\n", x,
							b.getY() + b.getHeight() - 16, x, b.getY() + b.getHeight() - 5));
				}
			}
			List<String> lines = wrap(name, 18);
			double y = cy - (lines.size() - 1) * 7 + 4;
			for (String line : lines) {
				text(svg, cx, y, line, "#111");
				y += 14;
			}
		}
	}

	private static void label(StringBuilder svg, BpmnShape shape, double x, double y, String name) {
		if (name.isEmpty()) {
			return;
		}
		if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
			Bounds l = shape.getBpmnLabel().getBounds();
			x = l.getX() + l.getWidth() / 2;
			y = l.getY() + 11;
		}
		for (String line : wrap(name, 20)) {
			text(svg, x, y, line, "#111");
			y += 14;
		}
	}

	private static void text(StringBuilder svg, double x, double y, String text, String colour) {
		svg.append(String.format(Locale.ROOT,
				"  <text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" fill=\"%s\">%s</text>\n", x, y, colour,
				escape(text)));
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static String name(BaseElement element) {
		String name = (element instanceof FlowElement flow) ? flow.getName() : null;
		return (name != null) ? name : "";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
