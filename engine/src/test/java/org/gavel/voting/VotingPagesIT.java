package org.gavel.voting;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.system.mail.MailDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's voting pages over HTTP with real sessions and CSRF: a member finds the
 * ballot, confirms, casts, keeps a receipt; the result shows a per-chamber table and an
 * SVG chart; every page escapes what members typed.
 */
@GavelIntegrationTest
class VotingPagesIT {

	private static final Pattern RECEIPT = Pattern
		.compile("<code id=\"receipt\" class=\"receipt\">([A-Z0-9-]+)</code>");

	private static final String TITLE = "<script>alert(1)</script> Smallholder price floor";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailDelivery delivery;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aMemberVotesWithAConfirmationStepAndKeepsAReceipt() throws Exception {
		String id = open();
		PortalClient aisha = signedIn("aisha");

		HttpResponse<String> list = aisha.get("/ballots", "text/html");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("/ballots/" + id, "&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");

		HttpResponse<String> page = aisha.get("/ballots/" + id, "text/html");
		assertThat(page.body()).contains("Your choice").doesNotContain("<script>alert(1)");
		HttpResponse<String> nothingChosen = aisha.postForm("/ballots/" + id + "/confirm", Map.of());
		assertThat(nothingChosen.body()).contains("Choose for, against or abstain.");

		HttpResponse<String> confirm = aisha.postForm("/ballots/" + id + "/confirm", Map.of("choice", "AGAINST"));
		assertThat(confirm.body()).contains("You are voting <strong>Against</strong>",
				"Once cast, this vote cannot be changed.");
		assertThat(votes(id)).as("nothing cast before the confirmation").isZero();
		String submission = field(confirm.body(), "submission");

		HttpResponse<String> cast = aisha.postForm("/ballots/" + id + "/vote",
				Map.of("choice", "AGAINST", "submission", submission));

		assertThat(cast.statusCode()).as("post, redirect, get").isEqualTo(302);
		assertThat(cast.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/ballots/" + id + "/voted"));
		HttpResponse<String> shown = aisha.follow(cast);
		String receipt = receipt(shown.body());
		assertThat(shown.body()).contains("Vote <strong>Against</strong> accepted.", "Download the receipt",
				"download=\"receipt-" + id + ".txt\"");
		HttpResponse<String> resubmitted = aisha.postForm("/ballots/" + id + "/vote",
				Map.of("choice", "AGAINST", "submission", submission));
		assertThat(receipt(aisha.follow(resubmitted).body())).as("a double submit is the same vote").isEqualTo(receipt);
		assertThat(votes(id)).isOne();
		HttpResponse<String> reloaded = aisha.get("/ballots/" + id + "/voted", "text/html");
		assertThat(reloaded.statusCode()).as("the receipt page reloaded gives the ballot").isEqualTo(302);
		assertThat(reloaded.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/ballots/" + id));
		assertThat(aisha.get("/ballots/" + id, "text/html").body()).as("the receipt stays on the ballot page")
			.contains("<h2>Your receipt</h2>", "<code id=\"receipt\" class=\"receipt\">" + receipt + "</code>");
		assertThat(aisha.get("/ballots", "text/html").body()).as("and in the voter's ballots")
			.contains("<code>" + receipt + "</code>");
		assertThat(signedIn("fiona").get("/ballots/" + id, "text/html").body()).as("nobody else's page shows it")
			.doesNotContain(receipt);
		HttpResponse<String> again = aisha.postForm("/ballots/" + id + "/vote",
				Map.of("choice", "FOR", "submission", "another"));
		assertThat(again.body())
			.contains("aisha has already voted, and this ballot does not allow a vote to be changed.");
		assertThat(votes(id)).isOne();
		HttpResponse<String> checked = new PortalClient(this.port).get("/ballots/" + id + "/receipt?code=" + receipt,
				"text/html");
		assertThat(checked.body()).contains("Your vote is in the ballot box: vote 1 of 1");
		String retyped = receipt.toLowerCase(Locale.ROOT).replace("-", " ");
		assertThat(new PortalClient(this.port)
			.get("/ballots/" + id + "/receipt?code=" + URLEncoder.encode(retyped, StandardCharsets.UTF_8), "text/html")
			.body()).as("however it is typed").contains("Your vote is in the ballot box: vote 1 of 1");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefusedAndVoteNothing() {
		String id = open();
		PortalClient forged = new PortalClient(this.port);
		forged.signIn("aisha", "demo");

		HttpResponse<String> response = forged.postForm("/ballots/" + id + "/vote", Map.of("choice", "FOR"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(votes(id)).isZero();
	}

	@Test
	void theResultShowsAPerChamberTableAndAChartOncePublished() throws Exception {
		String id = open();
		signedIn("aisha").postForm("/ballots/" + id + "/vote", Map.of("choice", "FOR"));
		signedIn("fiona").postForm("/ballots/" + id + "/vote", Map.of("choice", "FOR"));
		signedIn("kofi").postForm("/ballots/" + id + "/vote", Map.of("choice", "AGAINST"));
		this.clock.advance(Duration.ofDays(2).plusHours(1));
		PortalClient sara = signedIn("sara");
		assertThat(sara.postForm("/ballots/" + id + "/close", Map.of()).body())
			.as("counting asks for its confirmation first")
			.contains("The ballot is not counted: tick the box to confirm that it closes for good.");
		assertThat(sara.postForm("/ballots/" + id + "/close", Map.of("confirmed", "true")).statusCode()).isEqualTo(302);

		assertThat(signedIn("aisha").get("/ballots/" + id, "text/html").body()).doesNotContain("id=\"result\"");
		HttpResponse<String> counted = sara.get("/ballots/" + id, "text/html");
		assertThat(counted.body()).contains("Counted, not yet published");
		signedIn("scott").postForm("/ballots/" + id + "/sign-off", Map.of("remark", "<b>checked</b>"));
		HttpResponse<String> twice = signedIn("scott").postForm("/ballots/" + id + "/sign-off", Map.of());
		assertThat(twice.body()).contains("scott has signed this result off already");
		signedIn("sandra").postForm("/ballots/" + id + "/sign-off", Map.of());

		String page = signedIn("aisha").get("/ballots/" + id, "text/html").body();
		assertThat(page).contains("Result: adopted", "<svg",
				"<td>Civil society organisations</td><td>3</td><td>2</td><td>0</td>",
				"<td>Smallholder producers</td><td>3</td><td>0</td><td>1</td>",
				"Scrutineers</dt><dd>Scott Avery, Sandra Oduya", "Overall: 66.7 % in favour");
		assertThat(page).as("the chart names chambers by their labels, in its bars and its text alternative")
			.contains("<text x=\"0\" y=\"26\" font-size=\"13\">Civil society organisations</text>",
					"<desc id=\"chart-desc\">Civil society organisations: ")
			.doesNotContain(">civil-society<");
		assertThat(page).doesNotContain("<script>alert(1)");
		assertThat(page).as("the rule set by its title, not its key")
			.contains("<dt>Rule set</dt><dd>Simple majority, version 1</dd>")
			.doesNotContain("<code>simple-majority</code>");
	}

	@Test
	void theSecretariatEntersInRoomTalliesOnTheBallotsPage() throws Exception {
		// a rule set that weighs the chambers: a tally per chamber
		String id = open("gpsnr-ga", true);
		this.clock.advance(Duration.ofDays(2).plusHours(1));
		PortalClient sara = signedIn("sara");
		assertThat(sara.get("/ballots/" + id, "text/html").body()).contains("<option value=\"civil-society||\">");

		HttpResponse<String> entered = sara.postForm("/ballots/" + id + "/in-room", Map.of("group", "civil-society||",
				"inFavour", "1", "against", "0", "abstain", "1", "spoilt", "1", "presentNotVoting", "0"));
		HttpResponse<String> tooMany = sara.postForm("/ballots/" + id + "/in-room", Map.of("group", "civil-society||",
				"inFavour", "4", "against", "0", "abstain", "0", "presentNotVoting", "0"));
		HttpResponse<String> negative = sara.postForm("/ballots/" + id + "/in-room", Map.of("group", "civil-society||",
				"inFavour", "-1", "against", "0", "abstain", "0", "presentNotVoting", "0"));

		assertThat(entered.statusCode()).isEqualTo(302);
		assertThat(sara.get("/ballots/" + id, "text/html").body())
			.as("for, against, abstain, spoilt, present, entry, by")
			.contains(
					"<tr><td>Civil society organisations</td><td>1</td><td>0</td><td>1</td><td>1</td><td>0</td><td>1</td><td>Sara Lim</td></tr>");
		assertThat(tooMany.body()).contains("civil-society: 4 in the room and 0 online or by proxy make 4, more than "
				+ "the 3 members on the roll");
		assertThat(negative.body()).contains("Each figure must be a whole number, zero or more; nothing was entered.");
		assertThat(this.jdbc.sql("select count(*) from gavel.in_room_tally where ballot_id = ?::uuid")
			.param(id)
			.query(Long.class)
			.single()).isOne();
		assertThat(signedIn("aisha")
			.postForm("/ballots/" + id + "/in-room",
					Map.of("group", "civil-society||", "inFavour", "1", "against", "0", "abstain", "0",
							"presentNotVoting", "0"))
			.statusCode()).isEqualTo(403);

		// one member, one vote: the room is entered for the whole roll, checked against
		// it
		String whole = open(true);
		this.clock.advance(Duration.ofDays(2).plusHours(1));
		String page = sara.get("/ballots/" + whole, "text/html").body();
		assertThat(page).contains("<option value=\"*||\">The whole roll").doesNotContain("value=\"civil-society||\"");
		assertThat(HtmlUtils.htmlUnescape(sara.postForm("/ballots/" + whole + "/in-room",
				Map.of("group", "civil-society||", "inFavour", "1", "against", "0", "abstain", "0", "presentNotVoting",
						"0"))
			.body()))
			.contains("Rule set simple-majority counts one member one vote: enter the room's tally for the "
					+ "whole roll, not by chamber.");
		assertThat(HtmlUtils.htmlUnescape(sara
			.postForm("/ballots/" + whole + "/in-room",
					Map.of("group", "*||", "inFavour", "15", "against", "0", "abstain", "0", "presentNotVoting", "0"))
			.body()))
			.contains("The whole roll: 15 in the room and 0 online or by proxy make 15, more than the 14 "
					+ "members on the roll");
		assertThat(sara
			.postForm("/ballots/" + whole + "/in-room",
					Map.of("group", "*||", "inFavour", "9", "against", "3", "abstain", "0", "presentNotVoting", "1"))
			.statusCode()).isEqualTo(302);
		assertThat(sara.get("/ballots/" + whole, "text/html").body())
			.contains("<tr><td>The whole roll</td><td>9</td><td>3</td>");
	}

	@Test
	void aMemberGivesAProxyAndTheHolderVotesWithIt() throws Exception {
		String id = open("proxy-majority", false);
		PortalClient ana = signedIn("ana");
		assertThat(ana.get("/ballots/" + id, "text/html").body())
			.contains("Give my proxy to", "<option value=\"kofi\">Kofi Mensah</option>")
			.doesNotContain("<option value=\"ana\">");

		assertThat(ana.postForm("/ballots/" + id + "/proxy", Map.of("holder", "kofi")).statusCode()).isEqualTo(302);
		HttpResponse<String> again = ana.postForm("/ballots/" + id + "/proxy", Map.of("holder", "bao"));
		assertThat(again.body()).contains("ana has given a proxy for this ballot already");
		assertThat(ana.get("/ballots/" + id, "text/html").body()).contains("You gave your proxy to Kofi Mensah.",
				"<p class=\"alert ok\" role=\"status\" id=\"notice\">Your proxy is given;");
		assertThat(ana.get("/ballots/" + id, "text/html").body()).as("said once")
			.doesNotContain("Your proxy is given;");

		PortalClient kofi = signedIn("kofi");
		assertThat(kofi.get("/ballots/" + id, "text/html").body()).contains("Vote for Ana Siregar (proxy)");
		HttpResponse<String> confirm = kofi.postForm("/ballots/" + id + "/confirm",
				Map.of("choice", "FOR", "onBehalfOf", "ana"));
		assertThat(confirm.body()).contains("for <strong>Ana Siregar</strong>, as their proxy holder");
		HttpResponse<String> cast = kofi.postForm("/ballots/" + id + "/vote",
				Map.of("choice", "FOR", "onBehalfOf", "ana", "submission", field(confirm.body(), "submission")));
		assertThat(kofi.follow(cast).body()).contains("Vote <strong>For</strong> for Ana Siregar accepted.");
		assertThat(this.jdbc
			.sql("select channel || '|' || cast_by from gavel.vote where ballot_id = ?::uuid and voter = 'ana'")
			.param(id)
			.query(String.class)
			.list()).containsExactly("PROXY|kofi");
		HttpResponse<String> withdraw = ana.postForm("/ballots/" + id + "/proxy/withdraw", Map.of());
		assertThat(withdraw.body()).contains("kofi has voted with this proxy; vote in person to override it.");
	}

	@Test
	void theSecretariatOpensABallotAtTheDeskAndVotersReadTheQuestion() {
		PortalClient sara = signedIn("sara");
		HttpResponse<String> desk = sara.get("/ballots/new", "text/html");
		assertThat(desk.statusCode()).isEqualTo(200);
		assertThat(desk.body()).contains("type=\"datetime-local\"", "Simple majority",
				"More votes for than against; abstentions do not count. No quorum.",
				"A new roll of the General Assembly, taken now");
		assertThat(HtmlUtils.htmlUnescape(desk.body())).as("the electorates configured besides")
			.contains(
					"<option value=\"new:smallholder-chamber\">A new roll of Smallholder producers' chamber, taken now",
					"A new roll of Evaluation panel, taken now");
		assertThat(sara.get("/ballots", "text/html").body()).contains("href=\"/ballots/new\"");
		assertThat(signedIn("aisha").get("/ballots", "text/html").body()).doesNotContain("/ballots/new");

		ZoneId zone = ZoneId.of("Asia/Singapore");
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Move the 2027 General Assembly to Chiang Mai");
		form.put("question", "Shall the General Assembly of 2027 meet in Chiang Mai instead of Kuala Lumpur?");
		form.put("ruleSet", "simple-majority");
		form.put("roll", "new:GENERAL_ASSEMBLY");
		form.put("opensAt", now.minusDays(3).toString());
		form.put("closesAt", now.minusDays(2).toString());
		form.put("zone", "Asia/Singapore");
		int ballots = count("gavel.ballot");
		int rolls = count("gavel.electoral_roll");
		String past = HtmlUtils.htmlUnescape(sara.postForm("/ballots", form).body());
		assertThat(past).contains("Nothing was saved", "must be in the future", "declare it held on paper");
		form.put("closesAt", "2027-02-30T10:00");
		assertThat(HtmlUtils.htmlUnescape(sara.postForm("/ballots", form).body()))
			.contains("'2027-02-30T10:00' is no such date");
		form.put("closesAt", now.minusDays(2).toString());
		form.put("zone", "Mars/Olympus");
		assertThat(HtmlUtils.htmlUnescape(sara.postForm("/ballots", form).body()))
			.contains("'Mars/Olympus' is not a time zone");
		assertThat(count("gavel.ballot")).isEqualTo(ballots);
		assertThat(count("gavel.electoral_roll")).as("no roll taken for a refused ballot").isEqualTo(rolls);
		assertThat(signedIn("aisha").postForm("/ballots", form).statusCode()).isEqualTo(403);
		assertThat(signedIn("aisha").get("/ballots/new", "text/html").statusCode()).isEqualTo(403);

		form.put("zone", "Asia/Singapore");
		form.put("opensAt", now.minusMinutes(1).toString());
		form.put("closesAt", now.plusDays(7).toString());
		HttpResponse<String> opened = sara.postForm("/ballots", form);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		assertThat(count("gavel.electoral_roll")).isEqualTo(rolls + 1);
		String page = HtmlUtils.htmlUnescape(signedIn("aisha").get(location, "text/html").body());
		assertThat(page)
			.contains("What is voted on",
					"Shall the General Assembly of 2027 meet in Chiang Mai instead of Kuala Lumpur?", "Your choice")
			.doesNotContain("Turnout so far");

		// the secretariat follows the turnout, never the choices, and reminds the rest
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(
				signedIn("aisha").postJson("/api/ballots/" + id + "/votes", "{\"choice\": \"AGAINST\"}").statusCode())
			.isEqualTo(201);
		String followed = sara.get(location, "text/html").body();
		assertThat(followed)
			.contains("Turnout so far", "All chambers</th><td><strong>1</strong></td><td><strong>14</strong></td>",
					"Remind those who have not voted")
			.doesNotContain("Against</td>");
		new SentMail(this.delivery).clear();
		assertThat(sara.postForm(location + "/remind", Map.of()).body())
			.contains("No reminder was sent: tick the box to confirm");
		assertThat(new SentMail(this.delivery)
			.recipientsOf("Reminder: vote on Move the 2027 General Assembly to Chiang Mai"))
			.as("nothing sent unconfirmed")
			.isEmpty();
		HttpResponse<String> reminded = sara.postForm(location + "/remind", Map.of("confirmed", "true"));
		assertThat(reminded.statusCode()).isEqualTo(302);
		String subject = "Reminder: vote on Move the 2027 General Assembly to Chiang Mai";
		List<String> first = new SentMail(this.delivery).recipientsOf(subject);
		assertThat(first).isNotEmpty().doesNotContain("aisha@demo.gavel.invalid");
		sara.postForm(location + "/remind", Map.of("confirmed", "true"));
		assertThat(new SentMail(this.delivery).recipientsOf(subject)).as("at most once a day each")
			.hasSameSizeAs(first);
		assertThat(signedIn("aisha").postForm(location + "/remind", Map.of("confirmed", "true")).statusCode())
			.isEqualTo(403);
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private String open() {
		return open("simple-majority", false);
	}

	private String open(boolean inRoom) {
		return open("simple-majority", inRoom);
	}

	private String open(String ruleSet, boolean inRoom) {
		try {
			PortalClient sara = signedIn("sara");
			String roll = this.json
				.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
				.path("id")
				.asText();
			HttpResponse<String> opened = sara.postJson("/api/ballots",
					"""
							{"title": "%s", "ruleSet": "%s", "rollId": "%s", "opensAt": "%s",
							 "closesAt": "%s", "timeZone": "Asia/Singapore", "inRoomSession": %s}""".formatted(TITLE,
							ruleSet, roll, this.clock.instant().minusSeconds(60),
							this.clock.instant().plus(Duration.ofDays(2)), inRoom));
			assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
			return this.json.readTree(opened.body()).path("id").asText();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long votes(String ballot) {
		return this.jdbc.sql("select count(*) from gavel.vote where ballot_id = ?::uuid")
			.param(ballot)
			.query(Long.class)
			.single();
	}

	private static String receipt(String page) {
		Matcher matcher = RECEIPT.matcher(page);
		assertThat(matcher.find()).as(page).isTrue();
		return matcher.group(1);
	}

	private static String field(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(matcher.find()).as(page).isTrue();
		return matcher.group(1);
	}

	/** Signed in, with a page read so forms carry the CSRF token. */
	private PortalClient signedIn(String username) {
		PortalClient client = PortalClient.signedIn(this.port, username);
		client.get("/me", "text/html");
		return client;
	}

}
