"""Several questions or asks in one message, answered part by part and joined."""
