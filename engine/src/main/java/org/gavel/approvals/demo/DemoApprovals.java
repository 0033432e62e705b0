package org.gavel.approvals.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.gavel.approvals.DraftingTerms;
import org.gavel.system.DemoLog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo EC item on an empty database when {@code gavel.demo.seed} is on: the
 * capacity-building working group's "Terms of reference: Assurance Model Task Force",
 * submitted by its chair wen and under EC review ({@code DEMO-002}). The job executor
 * then opens the review round, so the EC members find their review in Tasklist and the
 * portal.
 */
@Component
@ConditionalOnProperty(name = "gavel.demo.seed", havingValue = "true")
class DemoApprovals {

	private final JdbcClient jdbc;

	private final DraftingTerms drafting;

	DemoApprovals(JdbcClient jdbc, DraftingTerms drafting) {
		this.jdbc = jdbc;
		this.drafting = drafting;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void seed() {
		if (this.jdbc.sql("select count(*) from gavel.approval").query(Long.class).single() > 0) {
			return;
		}
		Map<String, Object> terms = new LinkedHashMap<>();
		terms.put("title", "Assurance Model Task Force");
		terms.put("purpose", "Design how members' progress against the Policy Framework is assured: what is"
				+ " checked, by whom, and how often, so that claims of sustainable natural rubber can be trusted.");
		terms.put("scope", "Assurance of producer, processor and manufacturer members' implementation.\n"
				+ "Out of scope: certification of individual plantations.");
		terms.put("deliverables", "Options paper on assurance models\nDraft assurance model for GA approval\n"
				+ "Pilot plan with two supply sheds");
		terms.put("membership", "Two members per category, one EC liaison; the secretariat supports.");
		terms.put("timeline", "Options paper in three months\nDraft model in nine months\nPilot in the following year");
		UUID id = this.drafting.submit(new DraftingTerms.Draft("capacity-building", "wen", terms)).orElseThrow();
		DemoLog.EC_ITEM_SEEDED.log(id);
	}

}
