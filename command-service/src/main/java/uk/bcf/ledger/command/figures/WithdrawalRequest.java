package uk.bcf.ledger.command.figures;

/** The JSON body of a withdrawal: why the figure no longer counts. */
record WithdrawalRequest(String reason) {}
