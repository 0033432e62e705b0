package org.gavel.membership.model;

/**
 * What kind of member a membership is, for bodies that weigh them differently (FSC gives
 * organisations 90 % and individuals 10 % of a sub-chamber).
 */
public enum MemberType {

	ORGANISATION, INDIVIDUAL

}
