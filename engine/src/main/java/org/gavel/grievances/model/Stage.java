package org.gavel.grievances.model;

/**
 * Where a grievance stands, as the complainant, the case desk and the register read it.
 */
public enum Stage {

	RECEIVED("received: awaiting acknowledgement"), ACKNOWLEDGED("acknowledged: completeness check"),
	INCOMPLETE("returned to the complainant to complete"), TRIAGE("in triage"),
	BILATERAL("bilateral engagement, monitored by the secretariat"), PANEL("with the complaints panel"),
	DECIDED("decided by the panel: open to appeal"), APPEAL("under appeal"),
	SANCTION("decided: sanction before the Executive Committee"), MONITORING("decided: corrective actions monitored"),
	REFERRED("referred to the member's own mechanism"), INADMISSIBLE("not admissible"), WITHDRAWN("withdrawn"),
	CLOSED("closed");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether the panel's decision is published: the case is then appealed, before the EC
	 * for its sanction, monitored or closed, never withdrawn.
	 * @return whether it is
	 */
	public boolean decided() {
		return this == DECIDED || this == APPEAL || this == SANCTION || this == MONITORING;
	}

	/** Whether the case has ended: nothing more can be added or withdrawn. */
	public boolean ended() {
		return this == INADMISSIBLE || this == WITHDRAWN || this == CLOSED || this == REFERRED;
	}

}
