package org.gavel.resolutions;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of General Assemblies and their resolutions ({@code GA-0xx}).
 */
public enum ResolutionLog implements LogCode {

	ASSEMBLY_SCHEDULED(1, "assembly scheduled id={} title=\"{}\" startsAt={} by={}"),
	DRAFTED(2, "resolution drafted id={} assembly={} proposer={} invited={}"),
	CO_SPONSOR_ANSWERED(3, "co-sponsor answered id={} member={} endorses={}"),
	SUBMITTED(4, "resolution submitted id={}"),
	ADMISSIBILITY_DECIDED(5, "admissibility decided id={} decision={} by={}"),
	REFUSED_AS_LATE(6, "resolution refused as late id={}"), EC_POSITION(7, "EC position recorded id={} stance={}"),
	BOOKLET_PUBLISHED(8, "booklet published assembly={} by={}"), RESULT(9, "resolution result id={} outcome={}"),
	IMPLEMENTATION_MOVED(10, "implementation moved id={} stage={}"),
	ASSEMBLY_RESCHEDULED(11, "assembly rescheduled id={} startsAt={} submissionDeadline={} votingOpensAt={} by={}"),
	CO_SPONSORS_INVITED(12, "more co-sponsors invited id={} invited={}"),
	RESUBMITTED(13, "resolution resubmitted id={} version={}");

	private final Entry entry;

	ResolutionLog(int number, String message) {
		this.entry = Entry.of("GA", number, Level.INFO, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}
