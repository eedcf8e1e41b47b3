// The suite shares one PostgreSQL and resets it between tests: test classes run one after the other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
