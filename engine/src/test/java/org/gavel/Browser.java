package org.gavel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through Selenium's Chrome driver, pointed at Debian's
 * {@code chromedriver} so that nothing is downloaded. Without Chromium the browser tests
 * are skipped with a message, except under {@code CI=true}, where they fail.
 * {@code GAVEL_TEST_CHROMIUM} and {@code GAVEL_TEST_CHROMEDRIVER} name other binaries.
 */
public final class Browser implements AutoCloseable {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final String base;

	private final ChromeDriver driver;

	private final Path profile;

	private final PageCheck pages;

	private String viewer = "anonymous";

	/**
	 * Starts a browser for the portal on this port.
	 * @param port the portal's port
	 * @return the browser, with no session
	 */
	public static Browser start(int port) {
		String caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
			.getCallerClass()
			.getSimpleName();
		return start(port, caller);
	}

	/**
	 * Starts a browser for the portal on this port, keeping its screenshots under this
	 * name.
	 * @param port the portal's port
	 * @param name the folder of its screenshots in {@code target/screenshots}
	 * @return the browser, with no session
	 */
	public static Browser start(int port, String name) {
		Path chromium = Path.of(setting("GAVEL_TEST_CHROMIUM", "/usr/bin/chromium"));
		Path driver = Path.of(setting("GAVEL_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			String missing = "browser tests need Chromium at " + chromium + " and ChromeDriver at " + driver
					+ " (on Debian: apt-get install -y chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(missing);
			}
			LoggerFactory.getLogger(Browser.class).warn("Skipped: {}", missing);
			Assumptions.abort(missing);
		}
		return new Browser(port, chromium, driver, name);
	}

	private Browser(int port, Path chromium, Path driver, String name) {
		this.base = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("gavel-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,1024", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.pages = new PageCheck(this.driver, Path.of("target", "screenshots", name));
	}

	/**
	 * Signs in through the portal's sign-in page, after signing out whoever was signed
	 * in.
	 * @param username a demo user (password {@code demo})
	 */
	public void signIn(String username) {
		this.driver.manage().deleteAllCookies();
		this.viewer = "anonymous";
		open("/login");
		type("username", username);
		type("password", "demo");
		this.viewer = username;
		press(By.cssSelector("form[action='/login'] button[type=submit]"));
		if (path().startsWith("/login")) {
			throw new IllegalStateException(username + " could not sign in: " + text("main"));
		}
	}

	/**
	 * Signs in with the keyboard alone, as {@link #signIn} does with the mouse: Tab to
	 * each field, type, Enter.
	 * @param username a demo user (password {@code demo})
	 */
	public void signInWithTheKeyboard(String username) {
		this.driver.manage().deleteAllCookies();
		this.viewer = "anonymous";
		open("/login");
		tabTo("input[name=username]");
		focused().sendKeys(username);
		tabTo("input[name=password]");
		focused().sendKeys("demo");
		this.viewer = username;
		key(Keys.ENTER);
		if (path().startsWith("/login")) {
			throw new IllegalStateException(username + " could not sign in: " + text("main"));
		}
	}

	/**
	 * The element that has the keyboard's focus.
	 * @return it
	 */
	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * Moves the focus forward with Tab, as a keyboard user does, until it reaches the
	 * first element this selector finds.
	 * @param css the selector
	 * @throws AssertionError when Tab does not reach it within 80 presses
	 */
	public void tabTo(String css) {
		WebElement target = this.driver.findElement(By.cssSelector(css));
		for (int presses = 0; presses < 80; presses++) {
			if (target.equals(focused())) {
				return;
			}
			// a key sent to the page, as a keyboard does (sent to a file field, Selenium
			// would take it for a file's name)
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError(css + " cannot be reached with Tab on " + path());
	}

	/**
	 * Presses a key on the focused element; when it leads to another page (Enter on a
	 * link or a form), waits for that page and checks it.
	 * @param key e.g. {@link Keys#ENTER} or {@link Keys#SPACE}
	 */
	public void key(Keys key) {
		WebElement on = focused();
		String before = this.driver.getCurrentUrl();
		new Actions(this.driver).sendKeys(key).perform();
		if (key != Keys.ENTER) {
			return;
		}
		WebDriverWait navigation = new WebDriverWait(this.driver, PATIENCE);
		navigation.ignoring(WebDriverException.class);
		navigation.until(ExpectedConditions.or(ExpectedConditions.stalenessOf(on),
				ExpectedConditions.not(ExpectedConditions.urlToBe(before))));
		navigation.until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		this.pages.check(this.viewer, path());
	}

	/**
	 * Forgets the session, as a visitor who never signed in.
	 */
	public void signOut() {
		this.driver.manage().deleteAllCookies();
		this.viewer = "anonymous";
	}

	/**
	 * Opens a page of the portal.
	 * @param path its path
	 */
	public void open(String path) {
		this.driver.get(this.base + path);
		this.pages.check(this.viewer, path());
	}

	/**
	 * Types into a field, replacing what it held.
	 * @param name the field's name
	 * @param text what to type
	 */
	public void type(String name, String text) {
		WebElement field = this.driver.findElement(By.name(name));
		if ("datetime-local".equals(field.getAttribute("type"))) {
			// a date-time picker takes its value as the browser sends it, not keystrokes
			((JavascriptExecutor) this.driver).executeScript(
					"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", field,
					text.length() > 16 ? text.substring(0, 16) : text);
			return;
		}
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Picks the radio button or ticks the checkbox of this name and value.
	 * @param name the field's name
	 * @param value the option's value
	 */
	public void choose(String name, String value) {
		WebElement option = this.driver
			.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
		if (!option.isSelected()) {
			option.click();
		}
	}

	/**
	 * Picks an option of a drop-down list by its value.
	 * @param name the list's name
	 * @param value the option's value
	 */
	public void select(String name, String value) {
		new Select(this.driver.findElement(By.name(name))).selectByValue(value);
	}

	/**
	 * Presses a button or follows a link, and waits for the page it leads to.
	 * @param button the button or link
	 */
	public void press(By button) {
		WebElement pressed = this.driver.findElement(button);
		pressed.click();
		// While the old page goes, Chromium may report errors other than "stale" about
		// its elements: they mean the same, so the wait tries again.
		WebDriverWait navigation = new WebDriverWait(this.driver, PATIENCE);
		navigation.ignoring(WebDriverException.class);
		navigation.until(ExpectedConditions.stalenessOf(pressed));
		navigation.until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		this.pages.check(this.viewer, path());
	}

	/**
	 * Presses the button with this text.
	 * @param text the button's text
	 */
	public void press(String text) {
		press(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	/**
	 * The text of the first element this CSS selector finds.
	 * @param css the selector
	 * @return its visible text
	 */
	public String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	/**
	 * The visible text of each element this CSS selector finds.
	 * @param css the selector
	 * @return their texts, in page order
	 */
	public List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	/**
	 * The path of the page shown, without the portal's address.
	 * @return the path
	 */
	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	/**
	 * The page shown, as the browser has it.
	 * @return the driver
	 */
	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Adds a finding of the test's own about the page shown, failing the test when the
	 * browser closes, with the pages' other findings.
	 * @param finding what is wrong, and where
	 */
	public void report(String finding) {
		this.pages.report(finding);
	}

	/**
	 * What the pages visited so far were found to lack, one line each.
	 * @return the findings, empty when every page passed
	 */
	public List<String> findings() {
		return this.pages.findings();
	}

	/**
	 * Closes the browser, failing when a page it visited broke an accessibility rule or
	 * scrolled sideways on a phone (see {@link PageCheck}).
	 */
	@Override
	public void close() {
		try {
			this.driver.quit();
			this.pages.assertPassed();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	private static String setting(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
