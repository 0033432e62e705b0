package org.gavel.system.templates;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders every page, document and e-mail of Gavel from {@code templates/} on the
 * classpath. References are HTML-escaped by default ({@link HtmlEscapingReferences}) and
 * the engine is strict: a misspelt or missing reference is an error, not an empty string.
 * String literals are not interpolated, so each value is escaped exactly once, when it is
 * written out.
 */
@Component
public class Templates {

	private static final Prose PROSE = new Prose();

	private final VelocityEngine velocity;

	private final ObjectProvider<Names> names;

	/** Templates that name people and chambers by their identifiers. */
	public Templates() {
		this(null);
	}

	/**
	 * Templates that name people and chambers as the directory does.
	 * @param names names people and chambers ({@code $names}); without one, by identifier
	 */
	@Autowired
	public Templates(ObjectProvider<Names> names) {
		this.names = names;
		Properties settings = new Properties();
		settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
		settings.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
		settings.setProperty("resource.loader.classpath.cache", "true");
		settings.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
		settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
		// Interpolating "$x" inside a string literal would run the escaping handler there
		// and again on output; templates concatenate instead: #set($t = "Vote: " +
		// $name).
		settings.setProperty(RuntimeConstants.INTERPOLATE_STRINGLITERALS, "false");
		settings.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingReferences.class.getName());
		this.velocity = new VelocityEngine(settings);
		this.velocity.init();
	}

	/**
	 * Renders {@code templates/{name}.vm} with the given values.
	 * @param name the template name, without folder or extension, e.g. {@code "home"}
	 * @param values the values the template may refer to
	 * @return the rendered text
	 */
	public String render(String name, Map<String, ?> values) {
		return render(name, new VelocityContext(new HashMap<>(values)));
	}

	String render(String name, VelocityContext context) {
		if (!context.containsKey("prose")) {
			context.put("prose", PROSE);
		}
		if (!context.containsKey("names")) {
			Names named = (this.names != null) ? this.names.getIfAvailable() : null;
			context.put("names", (named != null) ? named : Names.IDENTIFIERS);
		}
		StringWriter out = new StringWriter();
		this.velocity.getTemplate("templates/" + name + ".vm", StandardCharsets.UTF_8.name()).merge(context, out);
		return out.toString();
	}

	/**
	 * Renders a page: first the page's own template, then the layout around it. The page
	 * may set {@code $title}; the layout receives the page body as {@code $body}.
	 * @param page the page template name
	 * @param values the page's values
	 * @return the whole HTML document
	 */
	public String renderPage(String page, Map<String, ?> values) {
		VelocityContext context = new VelocityContext(new HashMap<>(values));
		if (!context.containsKey("title")) {
			context.put("title", "Gavel");
		}
		context.put("body", new SafeHtml(render(page, context)));
		return render("layout", context);
	}

}
