// The EQP domain.
