package org.gavel.resolutions.model;

/**
 * An invited member's answer on the endorsement form: {@code endorse} or {@code decline}.
 */
public enum Endorsement {

	ENDORSE, DECLINE

}
