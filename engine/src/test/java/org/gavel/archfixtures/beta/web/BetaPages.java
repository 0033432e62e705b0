package org.gavel.archfixtures.beta.web;

/** Fixture: a feature's web layer. */
public class BetaPages {

}
