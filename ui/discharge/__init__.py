"""The discharge-plan tab of the patient panel."""

from ui.discharge.discharge_view import DischargeView

__all__ = ["DischargeView"]
