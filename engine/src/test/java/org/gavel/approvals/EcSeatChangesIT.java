package org.gavel.approvals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gavel.GavelKeycloakIntegrationTest;
import org.gavel.KeycloakAdmin;
import org.gavel.ProcessJobs;
import org.gavel.RealKeycloak;
import org.gavel.TestClock;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.system.Outcome;
import org.gavel.voting.CastingVote;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Executive Committee seats change in Keycloak while an approval runs: the approval keeps
 * the seats it froze when it was registered (its reviewers and its seat vote's roll), and
 * only an item registered afterwards sees the new committee.
 */
@GavelKeycloakIntegrationTest
class EcSeatChangesIT {

	static final String NEW_SEAT = "vehicle-makers-downstream-financiers";

	@Autowired
	TestClock clock;

	@Autowired
	Directory directory;

	@Autowired
	ApprovalProcesses processes;

	@Autowired
	ReadingApprovals reading;

	@Autowired
	CastingVote casting;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void seatsChangedDuringAReviewLeaveTheRunningApprovalOnItsFrozenSeats() {
		UUID running = submit("Create the Latex Quality Task Force");
		run(running);
		List<String> frozen = reviewers(running);
		assertThat(frozen).hasSize(12).contains("kofi").doesNotContain("olivia");

		KeycloakAdmin admin = new KeycloakAdmin(RealKeycloak.url());
		try {
			admin.group("kofi", "ec-member", false);
			admin.attribute("olivia", "ecSeat", NEW_SEAT);
			admin.group("olivia", "ec-member", true);
			readTheDirectoryAgain();
			assertThat(person("kofi").holds(Role.EC_MEMBER)).as("kofi left the committee").isFalse();
			assertThat(person("olivia").ecSeat()).as("olivia took a vacant seat").isEqualTo(NEW_SEAT);

			run(running);
			assertThat(reviewers(running)).containsExactlyInAnyOrderElementsOf(frozen);
			assertThat(respond(running, "olivia", "no-objection", null))
				.isEqualTo(Outcome.refused("Nothing of this item is waiting for you."));
			assertThat(respond(running, "kofi", "objection", "The scope leaves out smallholder latex"))
				.isEqualTo(Outcome.done());
			for (String member : frozen) {
				if (!member.equals("kofi")) {
					assertThat(respond(running, member, "no-objection", null)).as(member).isEqualTo(Outcome.done());
				}
			}
			run(running);
			UUID seatVote = this.reading.record(running).orElseThrow().ballot();
			assertThat(seatVote).as("the objection sends the item to a seat vote").isNotNull();
			assertThat(vote(seatVote, "kofi")).as("kofi still holds his seat for this item")
				.isInstanceOf(CastingVote.Outcome.Accepted.class);
			assertThat(vote(seatVote, "olivia")).as("olivia's seat came after the roll was frozen")
				.isInstanceOfSatisfying(CastingVote.Outcome.Rejected.class,
						(rejected) -> assertThat(rejected.refusal()).isEqualTo(CastingVote.Refusal.NOT_ON_ROLL));

			UUID later = submit("Create the Tapping Practices Task Force");
			run(later);
			assertThat(reviewers(later)).as("an item registered after the change has the new committee")
				.hasSize(12)
				.contains("olivia")
				.doesNotContain("kofi");
		}
		finally {
			admin.group("olivia", "ec-member", false);
			admin.attribute("olivia", "ecSeat", null);
			admin.group("kofi", "ec-member", true);
			readTheDirectoryAgain();
		}
		assertThat(person("kofi").holds(Role.EC_MEMBER)).as("the realm is as it was").isTrue();
	}

	/**
	 * Time passes beyond the directory's refresh period, so Gavel reads Keycloak again.
	 */
	private void readTheDirectoryAgain() {
		this.clock.advance(Duration.ofMinutes(2));
		this.directory.membership();
	}

	private Person person(String username) {
		return this.directory.membership()
			.persons()
			.stream()
			.filter((person) -> person.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private UUID submit(String title) {
		return this.processes
			.submit(new EcApprovalProcess.Input(
					new Item(ItemType.TASK_FORCE, title, "test:" + UUID.randomUUID(), 1, "capacity-building", "wen"),
					null, null))
			.orElseThrow();
	}

	private List<String> reviewers(UUID approval) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(approval.toString())
			.taskDefinitionKey(EcApprovalProcess.REVIEW_ITEM)
			.list()
			.stream()
			.map(Task::getAssignee)
			.toList();
	}

	private Outcome<Outcome.Done> respond(UUID approval, String member, String response, String reason) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("response", response);
		values.put("reason", reason);
		return this.processes.complete(approval, EcApprovalProcess.REVIEW_ITEM, member, values);
	}

	private CastingVote.Outcome vote(UUID ballot, String voter) {
		return this.casting.cast(new CastingVote.CastVote(ballot, voter, Choice.FOR, Channel.ONLINE, null, null));
	}

	private void run(UUID approval) {
		new ProcessJobs(this.runtime, this.management).run(EcApprovalProcess.KEY, approval.toString());
	}

}
