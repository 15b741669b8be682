package uk.bcf.ledger.command.web;

/** The JSON body of a withdrawal: why the figure no longer counts. */
record WithdrawalRequest(String reason) {
}
