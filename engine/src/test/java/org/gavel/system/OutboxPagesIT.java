package org.gavel.system;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.Browser;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.system.mail.Mailer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox as the secretariat reads it: each mail with its recipient, subject and where
 * its delivery stands, its body as the recipient sees it (framed, sandboxed), a mail that
 * was given up put back in the queue, and the front page telling the secretariat while
 * any is undelivered; nobody else reads it.
 */
@GavelIntegrationTest
class OutboxPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSecretariatReadsEachMailAndWhereItsDeliveryStands() {
		String subject = "Outbox check " + UUID.randomUUID();
		long id = queue(subject, "Dear members, the <b>booklet</b> is out.");
		PortalClient sara = PortalClient.signedIn(this.port, "sara");

		String list = sara.get("/outbox", "text/html").body();
		assertThat(list).contains("<h1>Outbox</h1>", "<a href=\"/outbox/" + id + "\">" + subject + "</a>",
				"bao@demo.gavel.invalid", "<a href=\"/outbox\">Outbox</a>");
		String mail = sara.get("/outbox/" + id, "text/html").body();
		assertThat(mail)
			.contains("<title>Mail: " + subject + " · Gavel</title>", "<h1>" + subject + "</h1>",
					"bao@demo.gavel.invalid", "<iframe class=\"mail\" src=\"/outbox/" + id + "/body\"")
			.doesNotContain("Send it again");

		HttpResponse<String> body = sara.get("/outbox/" + id + "/body", "text/html");
		assertThat(body.statusCode()).isEqualTo(200);
		assertThat(body.body()).contains("Dear members, the &lt;b&gt;booklet&lt;/b&gt; is out.");
		assertThat(body.headers().allValues("Content-Security-Policy")).singleElement()
			.satisfies((policy) -> assertThat(policy).startsWith("sandbox;").contains("frame-ancestors 'self'"));
		assertThat(body.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
		assertThat(sara.get("/outbox/" + id, "text/html").headers().allValues("X-Frame-Options"))
			.as("the page itself is never framed")
			.containsExactly("DENY");
		assertThat(sara.get("/outbox/" + Long.MAX_VALUE, "text/html").statusCode()).isEqualTo(404);
	}

	@Test
	void aMailGivenUpIsShownWithItsFailureAndGoesBackInTheQueueOnRequest() {
		String subject = "Given up " + UUID.randomUUID();
		long id = queue(subject, "Hello");
		this.jdbc.sql("update gavel.mail_outbox set attempts = 12, next_attempt_at = ?, last_error = ? where id = ?")
			.params(Timestamp.from(Instant.parse("9999-12-31T00:00:00Z")), "550 5.1.1 mailbox unavailable", id)
			.update();
		PortalClient sara = PortalClient.signedIn(this.port, "sara");

		assertThat(sara.get("/", "text/html").body()).contains("<a href=\"/outbox?show=failed\">Mail not delivered:");
		assertThat(sara.get("/outbox?show=failed", "text/html").body()).contains(subject, "given up",
				"after 12 failed attempts");
		assertThat(sara.get("/outbox/" + id, "text/html").body()).contains("Last failure",
				"550 5.1.1 mailbox unavailable", "Send it again");

		HttpResponse<String> retried = sara.postForm("/outbox/" + id + "/retry", Map.of());
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(retried.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/outbox/" + id));
		assertThat(sara.get("/outbox/" + id, "text/html").body())
			.contains("is back in the queue and will be sent at once", "waiting")
			.doesNotContain("Send it again");
		Map<String, Object> row = this.jdbc.sql("select attempts, next_attempt_at from gavel.mail_outbox where id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row.get("attempts")).isEqualTo(0);
		assertThat(((Timestamp) row.get("next_attempt_at")).toInstant())
			.isBefore(Instant.parse("9000-01-01T00:00:00Z"));

		assertThat(sara.postForm("/outbox/" + id + "/retry", Map.of()).statusCode()).as("nothing to retry now")
			.isEqualTo(302);
		assertThat(sara.get("/outbox/" + id, "text/html").body()).contains("This mail is already queued.");
	}

	@Test
	void nobodyButTheSecretariatReadsOrTouchesTheOutbox() {
		long id = queue("Private " + UUID.randomUUID(), "Hello");
		PortalClient ana = PortalClient.signedIn(this.port, "ana");
		for (String path : List.of("/outbox", "/outbox/" + id, "/outbox/" + id + "/body")) {
			assertThat(ana.get(path, "text/html").statusCode()).as(path).isEqualTo(403);
		}
		assertThat(ana.get("/", "text/html").body()).doesNotContain("href=\"/outbox\"");
		assertThat(ana.postForm("/outbox/" + id + "/retry", Map.of()).statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new PortalClient(this.port).get("/outbox/" + id + "/body", "text/html");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.body()).doesNotContain("Hello");
	}

	@Test
	void aBrowserShowsTheOutboxAndAMailAtBothWidths() {
		String subject = "Booklet published " + UUID.randomUUID();
		long id = queue(subject, "The booklet of the General Assembly is published.");
		try (Browser browser = Browser.start(this.port)) {
			browser.signIn("sara");
			browser.open("/outbox");
			assertThat(browser.text("h1")).isEqualTo("Outbox");
			browser.open("/outbox/" + id);
			assertThat(browser.text("h1")).isEqualTo(subject);
			browser.driver().switchTo().frame(browser.driver().findElement(By.cssSelector("iframe.mail")));
			assertThat(browser.text("body")).contains("The booklet of the General Assembly is published.");
			browser.driver().switchTo().defaultContent();

			this.jdbc
				.sql("update gavel.mail_outbox set attempts = 12, next_attempt_at = ?, last_error = ? where id = ?")
				.params(Timestamp.from(Instant.parse("9999-12-31T00:00:00Z")), "421 4.7.0 try again later", id)
				.update();
			browser.open("/outbox/" + id);
			assertThat(browser.text("main")).contains("421 4.7.0 try again later");
			browser.press("Send it again");
			assertThat(browser.text("#notice")).startsWith("The mail to bao@demo.gavel.invalid is back in the queue");
		}
	}

	private long queue(String subject, String line) {
		String key = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((tx) -> this.mailer.sendOnce("outbox-test", key,
				new Mailer.Mail(List.of("bao@demo.gavel.invalid"), subject, "notice", Map.of("intro", line, "title",
						"The outbox", "lines", List.of(), "record", "", "link", "http://localhost/"))));
		return this.jdbc.sql("select id from gavel.mail_outbox where subject_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

}
