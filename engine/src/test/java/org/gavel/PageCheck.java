package org.gavel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every portal page a browser test reaches is held to, at a desktop's width
 * (1280×900) and a phone's (390×844): axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * where a serious or critical violation is a finding; no sideways scrolling at 360 px;
 * and a screenshot at each width, kept in {@code target/screenshots/<test class>/} so
 * that the next change to a page can be looked at. Each page is checked once per viewer
 * and state (its path, title and how many fields it marks invalid, whether it says what
 * an action did); Camunda's own webapps and anything that is not HTML are left alone.
 */
final class PageCheck {

	private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Set<String> FAILING = Set.of("serious", "critical");

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(390, 844);

	private static final Dimension NARROWEST = new Dimension(360, 780);

	private static final Dimension RESTORED = new Dimension(1280, 1024);

	private static final String STATE = """
			return [document.contentType, document.title,
			  document.querySelectorAll('[aria-invalid=true]').length,
			  document.querySelectorAll('#notice').length].join('|')""";

	// The widest elements that stick out of the viewport and of their parent, by tag, id
	// and
	// class.
	private static final String SIDEWAYS = """
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth <= width) { return null; }
			// how far an element reaches: its box, or its content where that overflows it
			const visible = (e) => getComputedStyle(e).overflowX === 'visible';
			const reach = (e) => Math.max(e.getBoundingClientRect().right,
			  visible(e) ? e.getBoundingClientRect().left + e.scrollWidth : 0) + window.scrollX;
			// inside a box that scrolls or clips, nothing makes the page wider
			const clipped = (e) => {
			  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			    if (!visible(p)) { return true; }
			  }
			  return false;
			};
			const out = [...document.querySelectorAll('body *')]
			  .filter((e) => reach(e) > width + 1 && !clipped(e))
			  .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right + window.scrollX + 1 < reach(e))
			  .sort((a, b) => reach(b) - reach(a))
			  .slice(0, 3)
			  .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
			    + ' (' + Math.round(reach(e)) + ' px)');
			return document.documentElement.scrollWidth + ' px wide: ' + out.join(', ');""";

	private final ChromeDriver driver;

	private final Path screenshots;

	private final Set<String> checked = new HashSet<>();

	private final List<String> findings = new ArrayList<>();

	private int shot;

	PageCheck(ChromeDriver driver, Path screenshots) {
		this.driver = driver;
		this.screenshots = screenshots;
	}

	/**
	 * Checks the page shown, unless this viewer has seen it in this state already.
	 * @param viewer who is signed in
	 * @param path the page's path
	 */
	void check(String viewer, String path) {
		if (path.startsWith("/camunda/") || path.startsWith("/engine-rest/")) {
			return;
		}
		String state = (String) ((JavascriptExecutor) this.driver).executeScript(STATE);
		if (!state.startsWith("text/html|") || !this.checked.add(viewer + " " + path + " " + state)) {
			return;
		}
		try {
			inspect(viewer, path, DESKTOP);
			inspect(viewer, path, PHONE);
			this.driver.manage().window().setSize(NARROWEST);
			Object sideways = ((JavascriptExecutor) this.driver).executeScript(SIDEWAYS);
			if (sideways != null) {
				this.findings.add(path + " as " + viewer + " at 360 px: scrolls sideways, " + sideways);
			}
		}
		finally {
			this.driver.manage().window().setSize(RESTORED);
		}
	}

	private void inspect(String viewer, String path, Dimension size) {
		this.driver.manage().window().setSize(size);
		// The portal's only frame is the outbox's sandboxed mail, which no script may
		// enter:
		// axe would wait for it until its timeout. The frame itself is checked (its
		// title).
		Results results = new AxeBuilder().withTags(RULES).disableIframeTesting().analyze(this.driver);
		for (Rule rule : results.getViolations()) {
			if (FAILING.contains(rule.getImpact())) {
				List<String> where = rule.getNodes().stream().limit(3).map(PageCheck::target).toList();
				this.findings.add(path + " as " + viewer + " at " + size.getWidth() + " px: " + rule.getId() + " ("
						+ rule.getImpact() + ") " + rule.getHelp() + " at " + String.join(", ", where)
						+ ((rule.getNodes().size() > 3) ? " and " + (rule.getNodes().size() - 3) + " more" : ""));
			}
		}
		save(viewer, path, size);
	}

	private void save(String viewer, String path, Dimension size) {
		String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60);
		}
		Path file = this.screenshots.resolve(String.format("%03d-%s-%s-%d.png", ++this.shot, viewer,
				slug.isEmpty() ? "home" : slug, size.getWidth()));
		try {
			Files.createDirectories(this.screenshots);
			Path taken = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String target(CheckedNode node) {
		Object target = node.getTarget();
		if (target instanceof List<?> list && !list.isEmpty()) {
			return String.valueOf(list.get(list.size() - 1));
		}
		return (target instanceof Map<?, ?>) ? target.toString() : String.valueOf(target);
	}

	void report(String finding) {
		this.findings.add(finding);
	}

	List<String> findings() {
		return List.copyOf(this.findings);
	}

	void assertPassed() {
		assertThat(this.findings).as("pages that break WCAG 2.2 AA (axe-core) or scroll sideways on a phone").isEmpty();
	}

}
