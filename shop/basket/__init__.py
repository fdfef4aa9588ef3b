"""Fork of Oscar's basket: tourism bookings ask a date and a party size."""
