package jp.infracareer.recognition;

/**
 * One recognisable word: what it names ({@code kind} and {@code id}, e.g. ROLE/server) and how surely.
 *
 * @param text   the normalised spelling
 * @param strong true when the word alone names the role ("サーバーエンジニア", not "サーバー")
 */
record Term(Kind kind, String id, String text, boolean strong) {

    enum Kind { ROLE, STAGE, INTENT }
}
