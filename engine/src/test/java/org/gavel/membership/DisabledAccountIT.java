package org.gavel.membership;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import org.gavel.GavelKeycloakIntegrationTest;
import org.gavel.KeycloakAdmin;
import org.gavel.KeycloakTokens;
import org.gavel.PortalClient;
import org.gavel.RealKeycloak;
import org.gavel.TestClock;
import org.gavel.membership.model.Electorate;
import org.gavel.voting.OpeningBallot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's designated voter is disabled in Keycloak while signed in, with a
 * valid token in hand: within the directory's refresh period, their session and their
 * token stop working and their vote is refused. The frozen roll keeps the organisation's
 * place: the member of staff the organisation designates instead casts its vote.
 */
@GavelKeycloakIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DisabledAccountIT {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	Directory directory;

	@Autowired
	TakingElectoralRoll rolls;

	@Autowired
	OpeningBallot opening;

	@Autowired
	JdbcClient jdbc;

	private final KeycloakAdmin admin = new KeycloakAdmin(RealKeycloak.url());

	@AfterEach
	void putTheRealmBack() {
		this.admin.enabled("kenji", true);
		this.admin.group("mia", "voting-representative", false);
		readTheDirectoryAgain();
		this.clock.reset();
	}

	@Test
	void aDisabledVoterIsRefusedAndTheOrganisationsNewVoterCastsItsVote(CapturedOutput output) {
		UUID ballot = openBallot();
		PortalClient kenjiInThePortal = new PortalClient(this.port);
		kenjiInThePortal.signInThroughKeycloak("kenji", "demo");
		assertThat(kenjiInThePortal.get("/me", "text/html").statusCode()).isEqualTo(200);
		String kenjisToken = KeycloakTokens.token(RealKeycloak.url(), "gavel", "kenji", "demo");

		this.admin.enabled("kenji", false);
		this.admin.group("mia", "voting-representative", true);
		readTheDirectoryAgain();

		HttpResponse<String> vote = new PortalClient(this.port).postJsonWithToken("/api/ballots/" + ballot + "/votes",
				"{\"choice\": \"FOR\"}", kenjisToken);
		assertThat(vote.statusCode()).as("his token, still unexpired, is refused").isEqualTo(401);
		assertThat(PortalClient.detail(vote)).contains("This account is disabled");
		assertThat(kenjiInThePortal.get("/me", "application/json").statusCode()).as("his session ends").isEqualTo(401);
		assertThat(kenjiInThePortal.get("/me", "application/json").statusCode()).as("and stays ended").isEqualTo(401);
		assertThat(output).contains("IDENTITY-021 request of a disabled account refused user=kenji");

		String miasToken = KeycloakTokens.token(RealKeycloak.url(), "gavel", "mia", "demo");
		HttpResponse<String> forRoundway = new PortalClient(this.port)
			.postJsonWithToken("/api/ballots/" + ballot + "/votes", "{\"choice\": \"AGAINST\"}", miasToken);
		assertThat(forRoundway.statusCode()).as(forRoundway.body()).isEqualTo(201);
		assertThat(this.jdbc.sql("select voter || '|' || cast_by || '|' || choice from gavel.vote where ballot_id = ?")
			.param(ballot)
			.query(String.class)
			.list()).as("Roundway Tyres' place, cast by its designated voter now").containsExactly("kenji|mia|AGAINST");
		assertThat(output).contains("VOTING-016 mia votes for roundway-tyres in the place the roll gave kenji");
	}

	private UUID openBallot() {
		var taken = this.rolls
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow();
		var now = this.clock.instant();
		return this.opening
			.open(new OpeningBallot.OpenBallot("Roundway's vote", "simple-majority", null, taken.roll().id(),
					now.minusSeconds(60), now.plus(Duration.ofDays(1)), ZoneId.of("UTC"), false, "sara"))
			.orElseThrow()
			.id();
	}

	/**
	 * Time passes beyond the directory's refresh period, so Gavel reads Keycloak again.
	 */
	private void readTheDirectoryAgain() {
		this.clock.advance(Duration.ofMinutes(2));
		this.directory.membership();
	}

}
