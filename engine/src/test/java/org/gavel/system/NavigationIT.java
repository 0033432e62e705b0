package org.gavel.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header offers each person the sections they may use, and only those: every link of
 * every persona's header opens (no 403, no 404), and each persona finds the sections of
 * their work.
 */
@GavelIntegrationTest
class NavigationIT {

	private static final Pattern NAV = Pattern.compile("<nav aria-label=\"Sections\">(.*?)</nav>", Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					-      | Calls for proposals, Grievances                                                                                             | Ballots, Tasklist, Cockpit
					olivia | Ballots, Assemblies, EC items, Calls for proposals, My proposals, Funding, Projects, Grievances, Tasklist                 | Rolls, Meetings, Cockpit, Evaluation
					mia    | Ballots, Assemblies, EC items, Calls for proposals, My proposals, Funding, Projects, Grievances, Tasklist                 | Rolls, Cockpit, API tokens
					sara   | Ballots, Meetings, Assemblies, EC items, Calls for proposals, RFPs, Projects, Grievance desk, Rolls, API tokens, Tasklist, Cockpit | My proposals, Funding, Evaluation
					scott  | Ballots, Meetings, Calls for proposals, Grievances, Tasklist                                                                | Rolls, API tokens, Cockpit, Assemblies
					wen    | Ballots, Assemblies, EC items, Calls for proposals, RFPs, My proposals, Tasklist                                           | Rolls, Cockpit, Evaluation
					eva    | Calls for proposals, Evaluation, Grievances, Tasklist                                                                        | Ballots, Assemblies, Rolls
					alex   | Calls for proposals, My proposals, Projects, Grievances, Tasklist                                                             | Ballots, Assemblies, EC items
					gita   | Ballots, Calls for proposals, Complaints panel, Grievances, Tasklist                                                         | Assemblies, Rolls
					""")
	void eachPersonSeesTheirSectionsAndEveryLinkOpens(String username, String sees, String doesNotSee) {
		PortalClient viewer = (username != null) ? PortalClient.signedIn(this.port, username)
				: new PortalClient(this.port);

		List<String[]> links = links(viewer.get((username != null) ? "/me" : "/", "text/html").body());

		List<String> labels = links.stream().map((link) -> link[1]).toList();
		assertThat(labels).containsAll(List.of(sees.split(", ")));
		assertThat(labels).doesNotContainAnyElementsOf(List.of(doesNotSee.split(", ")));
		for (String[] link : links) {
			if (link[0].startsWith("/camunda/")) {
				continue;
			}
			HttpResponse<String> opened = viewer.get(link[0], "text/html");
			assertThat(opened.statusCode()).as(username + " opens " + link[0]).isEqualTo(200);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					-     | /calls /grievances                                                                            | /ballots /camunda/app/tasklist/
					eva   | /calls /grievances /camunda/app/tasklist/                                                     | /ballots /assemblies /approvals
					mia   | /ballots /assemblies /approvals /calls /grievances /camunda/app/tasklist/                     | /camunda/app/cockpit/ /camunda/app/admin/
					sara  | /ballots /assemblies /approvals /calls /grievances /camunda/app/cockpit/ /camunda/app/admin/ | -
					""")
	void theHomePagesCardsLeadOnlyWhereThePersonMayGo(String username, String cards, String noCards) {
		PortalClient viewer = (username != null) ? PortalClient.signedIn(this.port, username)
				: new PortalClient(this.port);

		String home = viewer.get("/", "text/html").body();

		List<String> shown = new ArrayList<>();
		Matcher card = Pattern.compile("<a class=\"card\" href=\"([^\"]+)\">").matcher(home);
		while (card.find()) {
			shown.add(card.group(1));
		}
		assertThat(shown).containsAll(List.of(cards.split(" ")));
		if (noCards != null) {
			assertThat(shown).doesNotContainAnyElementsOf(List.of(noCards.split(" ")));
		}
		shown.stream()
			.filter((path) -> !path.startsWith("/camunda/"))
			.forEach((path) -> assertThat(viewer.get(path, "text/html").statusCode()).as(path).isEqualTo(200));
	}

	private static List<String[]> links(String page) {
		Matcher nav = NAV.matcher(page);
		List<String[]> links = new ArrayList<>();
		if (nav.find()) {
			Matcher link = LINK.matcher(nav.group(1));
			while (link.find()) {
				links.add(new String[] { link.group(1), link.group(2) });
			}
		}
		return links;
	}

}
