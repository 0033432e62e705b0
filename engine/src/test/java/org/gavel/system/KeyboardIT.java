package org.gavel.system;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.Browser;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal with the keyboard alone, as someone who cannot use a mouse works it: Tab to
 * each control, Space to choose, Enter to follow and send. A voter signs in, finds the
 * ballot waiting on the front page, votes, confirms and gets the receipt; a complainant
 * files a grievance, is told what is wrong with the focus on that field, corrects it and
 * files it.
 */
@GavelIntegrationTest
class KeyboardIT {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	ObjectMapper json;

	@Test
	void aVoterVotesWithTheKeyboardAlone() throws Exception {
		String ballot = openBallot("Keyboard vote " + System.nanoTime());
		try (Browser browser = Browser.start(this.port)) {
			browser.signInWithTheKeyboard("ana");
			browser.tabTo("header a.brand");
			browser.key(Keys.ENTER);
			assertThat(browser.path()).isEqualTo("/");

			browser.tabTo("main a[href='/ballots/" + ballot + "']");
			browser.key(Keys.ENTER);
			assertThat(browser.path()).isEqualTo("/ballots/" + ballot);

			browser.tabTo("input[name=choice][value=FOR]");
			browser.key(Keys.SPACE);
			assertThat(browser.focused().isSelected()).as("For is chosen").isTrue();
			browser.tabTo("form[action='/ballots/" + ballot + "/confirm'] button[type=submit]");
			browser.key(Keys.ENTER);
			assertThat(browser.text("main")).contains("You are voting For");

			browser.tabTo("main button[type=submit]");
			assertThat(browser.focused().getText()).isEqualTo("Cast my vote");
			browser.key(Keys.ENTER);
			assertThat(browser.text("main")).contains("Vote For accepted.");
			assertThat(browser.path()).isEqualTo("/ballots/" + ballot + "/voted");
		}
	}

	@Test
	void aComplainantCorrectsAndFilesAFormWithTheKeyboardAlone() {
		try (Browser browser = Browser.start(this.port)) {
			browser.open("/grievances/new");
			browser.tabTo("input[name=name]");
			browser.focused().sendKeys("Siti Rahma");
			// Tab reaches a group of options at its first; the arrows choose within it
			browser.tabTo("input[name=affected]");
			browser.key(Keys.ARROW_DOWN);
			assertThat(browser.focused().getAttribute("value")).isEqualTo("communities");
			assertThat(browser.focused().isSelected()).isTrue();
			browser.tabTo("select[name=respondent]");
			browser.focused().sendKeys(Keys.ARROW_DOWN);
			browser.tabTo("select[name=category]");
			browser.focused().sendKeys(Keys.ARROW_DOWN);
			browser.tabTo("textarea[name=whatHappened]");
			browser.focused().sendKeys("Too short.");
			browser.tabTo("input[name=exhaustionTried]");
			browser.key(Keys.ARROW_DOWN);
			assertThat(browser.focused().getAttribute("value")).isEqualTo("no");
			browser.tabTo("select[name=language]");
			browser.focused().sendKeys(Keys.ARROW_DOWN);
			browser.tabTo("form[action='/grievances'] button[type=submit]");
			browser.key(Keys.ENTER);

			WebElement focused = browser.focused();
			assertThat(focused.getAttribute("name")).as("the focus is on the field to correct")
				.isEqualTo("whatHappened");
			assertThat(focused.getAttribute("aria-invalid")).isEqualTo("true");
			StringBuilder described = new StringBuilder();
			for (String id : focused.getAttribute("aria-describedby").split(" ")) {
				described.append(browser.driver().findElement(By.id(id)).getText()).append(' ');
			}
			assertThat(described.toString()).as("its message is tied to it").contains("What happened", "20");
			assertThat(focused.getAttribute("value")).as("nothing typed is lost").isEqualTo("Too short.");

			focused.sendKeys(" The river below the mill turned brown in March and the fish died.");
			browser.tabTo("form[action='/grievances'] button[type=submit]");
			browser.key(Keys.ENTER);
			assertThat(browser.path()).isEqualTo("/grievances/filed");
			assertThat(browser.text("main")).contains("Your grievance is filed");
		}
	}

	private String openBallot(String title) throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();
		HttpResponse<String> opened = sara.postJson("/api/ballots", """
				{"title": "%s", "ruleSet": "simple-majority", "rollId": "%s", "opensAt": "%s",
				 "closesAt": "%s", "timeZone": "Asia/Singapore", "inRoomSession": false}""".formatted(title, roll,
				this.clock.instant().minusSeconds(60), this.clock.instant().plus(Duration.ofDays(2))));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return this.json.readTree(opened.body()).path("id").asText();
	}

}
