package org.gavel.system;

import org.slf4j.event.Level;

/**
 * The log codes of the demo data seeded on embedded defaults ({@code DEMO-0xx}).
 */
public enum DemoLog implements LogCode {

	BALLOTS_SEEDED(1, Level.INFO, "demo ballots seeded: one open with 4 votes ({}), one published ({})"),
	EC_ITEM_SEEDED(2, Level.INFO,
			"demo EC item seeded: Terms of reference: Assurance Model Task Force ({}), under EC review"),
	ASSEMBLY_SEEDED(3, Level.INFO,
			"demo General Assembly seeded ({}): one resolution admitted, one in admissibility review, two collecting co-sponsors"),
	ASSEMBLY_PART_WAY(4, Level.WARN, "the demo General Assembly was left part-way: {}"),
	GRIEVANCES_SEEDED(5, Level.INFO,
			"demo grievances seeded: {} awaiting acknowledgement, {} with the complaints panel (confidential complainant), {} resolved and on the register"),
	CALL_SEEDED(6, Level.INFO,
			"demo call for proposals seeded: {} Provision of certified planting materials, approved by the EC, open, one question answered; {} a draft of alex's"),
	CALL_PART_WAY(7, Level.WARN, "the demo call for proposals was left part-way: {}"), AWARD_SEEDED(8, Level.INFO,
			"demo award seeded: {} Pilot agroforestry workshops for smallholders, scored, awarded by the EC; project {} with its first milestone report due; {} Comprehensive disease-fighting approach in Indonesia in scoring");

	private final Entry entry;

	DemoLog(int number, Level level, String message) {
		this.entry = Entry.of("DEMO", number, level, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}
