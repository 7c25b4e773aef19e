"""Data models used in requests and responses, imported on first access (keeps `import` cheap)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .all_profiles import AllProfiles
    from .entity import Entity
    from .entity_extensions import EntityExtensions
    from .entity_other_identifiers_item_type_1 import EntityOtherIdentifiersItemType1
    from .envelope import Envelope
    from .event import Event
    from .event_actor_type_1 import EventActorType1
    from .event_ed_app_type_1 import EventEdAppType1
    from .event_extensions import EventExtensions
    from .event_federated_session_type_1 import EventFederatedSessionType1
    from .event_generated_type_1 import EventGeneratedType1
    from .event_group_type_1 import EventGroupType1
    from .event_membership_type_1 import EventMembershipType1
    from .event_object_type_1 import EventObjectType1
    from .event_referrer_type_1 import EventReferrerType1
    from .event_session_type_1 import EventSessionType1
    from .event_target_type_1 import EventTargetType1
    from .events_pagination import EventsPagination
    from .list_events_response_200 import ListEventsResponse200
    from .send_events_response_200_response import SendEventsResponse200Response
    from .send_events_response_400_response import SendEventsResponse400Response

_MODULES = {
    "AllProfiles": ".all_profiles",
    "Entity": ".entity",
    "EntityExtensions": ".entity_extensions",
    "EntityOtherIdentifiersItemType1": ".entity_other_identifiers_item_type_1",
    "Envelope": ".envelope",
    "Event": ".event",
    "EventActorType1": ".event_actor_type_1",
    "EventEdAppType1": ".event_ed_app_type_1",
    "EventExtensions": ".event_extensions",
    "EventFederatedSessionType1": ".event_federated_session_type_1",
    "EventGeneratedType1": ".event_generated_type_1",
    "EventGroupType1": ".event_group_type_1",
    "EventMembershipType1": ".event_membership_type_1",
    "EventObjectType1": ".event_object_type_1",
    "EventReferrerType1": ".event_referrer_type_1",
    "EventSessionType1": ".event_session_type_1",
    "EventTargetType1": ".event_target_type_1",
    "EventsPagination": ".events_pagination",
    "ListEventsResponse200": ".list_events_response_200",
    "SendEventsResponse200Response": ".send_events_response_200_response",
    "SendEventsResponse400Response": ".send_events_response_400_response",
}

__all__ = (
    "AllProfiles",
    "Entity",
    "EntityExtensions",
    "EntityOtherIdentifiersItemType1",
    "Envelope",
    "Event",
    "EventActorType1",
    "EventEdAppType1",
    "EventExtensions",
    "EventFederatedSessionType1",
    "EventGeneratedType1",
    "EventGroupType1",
    "EventMembershipType1",
    "EventObjectType1",
    "EventReferrerType1",
    "EventSessionType1",
    "EventTargetType1",
    "EventsPagination",
    "ListEventsResponse200",
    "SendEventsResponse200Response",
    "SendEventsResponse400Response",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
