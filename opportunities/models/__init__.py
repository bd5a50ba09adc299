from .alerts import TopicSubscription
from .interests import ExpressionOfInterest, HowHeard, InterestStatus
from .pages import (
    Audience,
    Commitment,
    Delivery,
    OpportunityFormField,
    OpportunityIndexPage,
    OpportunityKind,
    OpportunityPage,
    OpportunityTrainingLink,
    Payment,
    RelatedOpportunity,
)
from .reference_groups import ReferenceGroup, ReferenceGroupMember, ReviewRequest, ReviewResponse

__all__ = [
    "Audience",
    "Commitment",
    "Delivery",
    "ExpressionOfInterest",
    "HowHeard",
    "InterestStatus",
    "OpportunityFormField",
    "OpportunityIndexPage",
    "OpportunityKind",
    "OpportunityPage",
    "OpportunityTrainingLink",
    "Payment",
    "ReferenceGroup",
    "ReferenceGroupMember",
    "RelatedOpportunity",
    "ReviewRequest",
    "ReviewResponse",
    "TopicSubscription",
]
