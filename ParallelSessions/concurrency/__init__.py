"""Several sessions at once: the step value, the runner with its SYNC barriers, and the
release of the steps' requests at the network or in the page. Pure asyncio, no Robot."""
