package org.gavel.system;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.gavel.Browser;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors in the portal's own style: 400, 403, 404 and 500 each answer with their status
 * and a page that says what happened and where to go, never raw JSON or internals; an
 * address nothing answers is 404, not 403. The browser checks each page (axe-core, both
 * widths) and keeps its screenshots.
 */
@GavelIntegrationTest
class ErrorPagesIT {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/no-such-page                | 404 | Page not found                       | Gavel has no page at this address
					/ballots/not-a-uuid          | 404 | Page not found                       | There is nothing at this address.
					/ballots/%s                  | 404 | Page not found                       | There is nothing at this address.
					/resolutions/%s              | 404 | Page not found                       | There is no resolution
					/grievances/desk             | 403 | This is not open to you              | it is for the secretariat.
					/calls/nope?asked=not-number | 400 | This request could not be understood | The parameter asked has a value of the wrong kind.
					/error                       | 500 | Something went wrong                 | Something went wrong on our side; it has been logged.
					""")
	void eachErrorHasItsStatusAndAPageThatSaysWhatHappenedAndWhereToGo(String path, int status, String heading,
			String explanation) {
		PortalClient mia = PortalClient.signedIn(this.port, "mia");

		HttpResponse<String> page = mia.get(path.formatted(UUID.randomUUID()), "text/html");

		assertThat(page.statusCode()).isEqualTo(status);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body())
			.contains("<h1>" + heading + "</h1>", explanation, "What you can do",
					"<a href=\"/\">Go to the start page</a>", "<nav aria-label=\"Sections\">")
			.doesNotContain("Exception", "at org.", "\"status\":", "Whitelabel");
	}

	@Test
	void aBrowserShowsEachErrorPageReadablyAtBothWidths() {
		try (Browser browser = Browser.start(this.port)) {
			browser.signIn("mia");
			browser.open("/no-such-page");
			assertThat(browser.text("h1")).isEqualTo("Page not found");
			assertThat(browser.text(".next-steps")).contains("Check the address for a typing mistake");
			browser.open("/grievances/desk");
			assertThat(browser.text("h1")).isEqualTo("This is not open to you");
			assertThat(browser.text(".next-steps")).contains("ask the secretariat");
			browser.open("/calls/nope?asked=not-number");
			assertThat(browser.text(".next-steps")).contains("check what you entered");
			browser.open("/error");
			assertThat(browser.text(".next-steps")).contains("tell the secretariat what you were doing and when");
			browser.press(By.linkText("Go to the start page"));
			assertThat(browser.path()).isEqualTo("/");
		}
	}

}
