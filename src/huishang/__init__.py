"""Huishang (会商): matters, consultation meetings and supervision for enterprise-service offices."""
