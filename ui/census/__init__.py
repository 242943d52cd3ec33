"""The census: the ward's patients in round order, with their flags."""
